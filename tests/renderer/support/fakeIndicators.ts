/**
 * The indicators domain for the fake transport. Placeholder until the indicators screen's tests need it:
 * every call answers 'internal', so a screen that calls it by mistake fails loudly.
 */
import type { ArgsOf, MethodOf, ResultOf } from '../../../src/shared/ipc/contract.js';
import { contractMethods } from '../../../src/shared/ipc/contract.js';
import { fail, type Result } from '../../../src/shared/ipc/result.js';

type Handlers = { [M in MethodOf<'indicators'>]: (args: ArgsOf<'indicators', M>) => Result<ResultOf<'indicators', M>> };

export function createFakeIndicators() {
  const handlers = Object.fromEntries(
    Object.keys(contractMethods.indicators).map((m) => [m, () => fail('internal', 'Sin datos de prueba.')]),
  ) as unknown as Handlers;
  return { handlers: { indicators: handlers } };
}
