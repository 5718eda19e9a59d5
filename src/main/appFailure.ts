import type { AppError, ErrorCode } from '../shared/ipc/result.js';

/** Thrown by services; the IPC wrapper and the CLI turn it into an AppError / a message. */
export class AppFailure extends Error implements AppError {
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'AppFailure';
  }
}

export function toAppError(err: unknown): AppError {
  if (err instanceof AppFailure) return { code: err.code, message: err.message };
  return {
    code: 'internal',
    message: 'Ocurrió un error interno; no se guardó ningún cambio de esta operación.',
  };
}
