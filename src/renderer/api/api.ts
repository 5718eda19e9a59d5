/**
 * The console's only door to main: `window.plenaria`, whichever transport put it there
 * (Electron preload or the browser host's injected script). Every call is unwrapped from
 * its Result; failures become an ApiError so stores handle one kind of error.
 */
import type { ConsoleBridge, RawApi } from '../../shared/ipc/bridge.js';
import { contractMethods, type Domain } from '../../shared/ipc/contract.js';
import type { AppEvents, EventName, Unsubscribe } from '../../shared/ipc/events.js';
import { isAppError, type AppError, type ErrorCode, type Result } from '../../shared/ipc/result.js';

declare global {
  interface Window {
    plenaria?: ConsoleBridge;
  }
}

export class ApiError extends Error implements AppError {
  readonly code: ErrorCode;

  constructor(error: AppError) {
    super(error.message);
    this.name = 'ApiError';
    this.code = error.code;
  }
}

type Unwrapped<F> = F extends (...args: infer A) => Promise<Result<infer T>> ? (...args: A) => Promise<T> : never;

/** RawApi with every Result unwrapped: `api.workspace.unlock(args)` resolves to the status or throws ApiError. */
export type ApiClient = { [D in Domain]: { [M in keyof RawApi[D]]: Unwrapped<RawApi[D][M]> } };

type LooseRawMethod = (args?: unknown) => Promise<Result<unknown>>;

function bridge(): ConsoleBridge {
  if (!window.plenaria) {
    throw new ApiError({ code: 'internal', message: 'Plenaria no está conectada a esta ventana.' });
  }
  return window.plenaria;
}

/** The bridge is looked up at each call, not at import: a transport may install it after this module loads. */
function unwrap(domain: Domain, method: string): (args?: unknown) => Promise<unknown> {
  return async (args) => {
    const raw = (bridge().api[domain] as Record<string, LooseRawMethod>)[method]!;
    let result: Result<unknown>;
    try {
      result = await raw(args);
    } catch (err) {
      // A transport that rejects instead of answering a Result still reaches the UI as an ApiError.
      throw new ApiError({ code: 'internal', message: err instanceof Error ? err.message : String(err) });
    }
    if (!result.ok) throw new ApiError(result.error);
    return result.value;
  };
}

function buildClient(): ApiClient {
  const client: Record<string, Record<string, (args?: unknown) => Promise<unknown>>> = {};
  for (const domain of Object.keys(contractMethods) as Domain[]) {
    const methods: Record<string, (args?: unknown) => Promise<unknown>> = {};
    for (const method of Object.keys(contractMethods[domain])) methods[method] = unwrap(domain, method);
    client[domain] = methods;
  }
  return client as unknown as ApiClient;
}

export const api: ApiClient = buildClient();

export function onEvent<E extends EventName>(name: E, listener: (payload: AppEvents[E]) => void): Unsubscribe {
  return bridge().on(name, listener);
}

/** Anything a store catches, as an AppError the UI can translate. */
export function toAppError(err: unknown): AppError {
  if (isAppError(err)) return { code: err.code, message: err.message };
  return { code: 'internal', message: err instanceof Error ? err.message : String(err) };
}
