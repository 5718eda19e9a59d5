/**
 * What a window receives from its transport. The Electron preloads and the browser host's
 * injected script both build exactly these objects with `buildRawApi`, so the renderer
 * cannot tell which transport it has.
 */
import { contractMethods, type AppApi, type ArgsOf, type Domain, type MethodOf, type ResultOf } from './contract.js';
import type { AppEvents, EventName, ProjectorBridge, Unsubscribe } from './events.js';
import type { Result } from './result.js';

export type RawApi = {
  [D in Domain]: {
    [M in MethodOf<D>]: ArgsOf<D, M> extends undefined
      ? () => Promise<Result<ResultOf<D, M>>>
      : (args: ArgsOf<D, M>) => Promise<Result<ResultOf<D, M>>>;
  };
};

export interface ConsoleBridge {
  api: RawApi;
  on<E extends EventName>(name: E, listener: (payload: AppEvents[E]) => void): Unsubscribe;
}

export type Invoke = (domain: string, method: string, args: unknown) => Promise<Result<unknown>>;

export function buildRawApi(invoke: Invoke): RawApi {
  const api: Record<string, Record<string, (args?: unknown) => Promise<Result<unknown>>>> = {};
  for (const domain of Object.keys(contractMethods) as Domain[]) {
    api[domain] = {};
    for (const method of Object.keys(contractMethods[domain])) {
      api[domain]![method] = (args?: unknown) => invoke(domain, method, args);
    }
  }
  return api as unknown as RawApi;
}

export type { AppApi, ProjectorBridge };

/** The globals the windows see. */
export const CONSOLE_GLOBAL = 'plenaria';
export const PROJECTOR_GLOBAL = 'projector';
