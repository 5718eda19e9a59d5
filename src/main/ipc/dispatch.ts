import { contractMethods, type Domain } from '../../shared/ipc/contract.js';
import { fail, ok, type Result } from '../../shared/ipc/result.js';
import { toAppError } from '../appFailure.js';
import type { Handlers } from './handlers.js';
import { describeIssues, schemas } from './schemas.js';

const has = (obj: object, key: string): boolean => Object.prototype.hasOwnProperty.call(obj, key);

/**
 * The one entry for every call, whichever transport brought it: known call, valid
 * arguments, then the handler; anything thrown becomes an AppError. Never throws.
 */
export async function dispatch(
  handlers: Handlers,
  domain: string,
  method: string,
  args: unknown,
): Promise<Result<unknown>> {
  if (!has(contractMethods, domain) || !has(contractMethods[domain as Domain], method)) {
    return fail('invalid_argument', `Llamada desconocida: ${String(domain).slice(0, 40)}:${String(method).slice(0, 40)}`);
  }
  const schema = (schemas as Record<string, Record<string, { safeParse(v: unknown): { success: boolean; data?: unknown; error?: unknown } }>>)[domain]![method]!;
  const parsed = schema.safeParse(args);
  if (!parsed.success) return fail('invalid_argument', describeIssues(parsed.error as never));
  const handler = (handlers as unknown as Record<string, Record<string, (a: unknown) => unknown>>)[domain]![method]!;
  try {
    return ok(await handler(parsed.data));
  } catch (err) {
    const error = toAppError(err);
    if (error.code === 'internal') console.error(`[plenaria] ${domain}:${method} failed`, err);
    return { ok: false, error };
  }
}
