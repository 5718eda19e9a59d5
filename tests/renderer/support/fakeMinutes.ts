/**
 * The minutes domain for the fake transport. Placeholder until the minutes screen's tests need it:
 * every call answers 'internal', so a screen that calls it by mistake fails loudly.
 */
import type { ArgsOf, MethodOf, ResultOf } from '../../../src/shared/ipc/contract.js';
import { contractMethods } from '../../../src/shared/ipc/contract.js';
import { fail, type Result } from '../../../src/shared/ipc/result.js';

type Handlers = { [M in MethodOf<'minutes'>]: (args: ArgsOf<'minutes', M>) => Result<ResultOf<'minutes', M>> };

export function createFakeMinutes() {
  const handlers = Object.fromEntries(
    Object.keys(contractMethods.minutes).map((m) => [m, () => fail('internal', 'Sin datos de prueba.')]),
  ) as unknown as Handlers;
  return { handlers: { minutes: handlers } };
}
