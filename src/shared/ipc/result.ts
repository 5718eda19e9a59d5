/** Every error that crosses a process boundary: a stable code for the program, a sentence for the person. */
export const errorCodes = [
  'invalid_argument',
  'wrong_passphrase',
  'not_a_workspace',
  'corrupt_file',
  'schema_too_new',
  'file_exists',
  'file_not_found',
  'weak_passphrase',
  'no_workspace_open',
  'not_found',
  'conflict',
  'forbidden',
  /** Too many wrong passphrases: the next attempt must wait; the message says how long. */
  'unlock_delayed',
  'internal',
] as const;
export type ErrorCode = (typeof errorCodes)[number];

export interface AppError {
  code: ErrorCode;
  message: string;
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: AppError };

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });
export const fail = (code: ErrorCode, message: string): Result<never> => ({
  ok: false,
  error: { code, message },
});

export function isAppError(value: unknown): value is AppError {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return (
    typeof v.code === 'string' &&
    (errorCodes as readonly string[]).includes(v.code) &&
    typeof v.message === 'string'
  );
}
