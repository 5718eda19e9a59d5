import os from 'node:os';
import path from 'node:path';
import type { ArgsOf, Domain, MethodOf, ResultOf } from '../../shared/ipc/contract.js';
import { WORKSPACE_EXTENSION } from '../../shared/domain/workspace.js';
import type { Services } from '../services/services.js';

export type Handlers = {
  [D in Domain]: {
    [M in MethodOf<D>]: (args: ArgsOf<D, M>) => ResultOf<D, M> | Promise<ResultOf<D, M>>;
  };
};

/** Thin: each handler is one call into a service. Validation happened before, in dispatch. */
export function createHandlers(s: Services): Handlers {
  return {
    workspace: {
      status: () => s.workspace.status(),
      create: (a) => s.workspace.create(a),
      unlock: (a) => s.workspace.unlock(a),
      lock: () => s.workspace.lock(),
      close: () => s.workspace.close(),
      info: () => s.workspace.info(),
      verify: () => s.workspace.verify(),
      rekey: (a) => s.workspace.rekey(a),
      recent: () => s.preferences.recent(),
      suggestPath: ({ name }) =>
        path.join(s.documentsDir ?? os.homedir(), `${name.replace(/[^\p{L}\p{N} _-]/gu, '').trim() || 'mesa'}${WORKSPACE_EXTENSION}`),
    },
    preferences: {
      get: () => s.preferences.get(),
      set: (a) => s.preferences.set(a),
    },
  };
}
