import { z } from 'zod';
import type { ArgsOf, Domain, MethodOf } from '../../shared/ipc/contract.js';
import { MIN_PASSPHRASE_LENGTH } from '../../shared/domain/workspace.js';

/**
 * One schema per call of the contract. The mapped type makes the compiler refuse a
 * missing call or a schema whose output differs from the contract's argument type.
 * Strict objects: unknown keys (including __proto__ tricks) are refused, not dropped.
 */
const MAX_TEXT = 500;
const MAX_PATH = 4096;
const text = (max = MAX_TEXT) => z.string().trim().min(1).max(max);
const filePath = z.string().min(1).max(MAX_PATH).refine((p) => !p.includes('\0'), 'ruta no válida');
const passphrase = z.string().max(1024);
const none = z.undefined();

export const schemas = {
  workspace: {
    status: none,
    create: z.strictObject({
      path: filePath,
      passphrase: passphrase.min(MIN_PASSPHRASE_LENGTH),
      name: text(),
      municipality: text(),
      population: z.number().int().positive().max(100_000_000),
    }),
    unlock: z.strictObject({ path: filePath, passphrase: passphrase.min(1) }),
    lock: none,
    close: none,
    info: none,
    verify: none,
    rekey: z.strictObject({
      currentPassphrase: passphrase.min(1),
      newPassphrase: passphrase.min(MIN_PASSPHRASE_LENGTH),
    }),
    recent: none,
    suggestPath: z.strictObject({ name: text() }),
  },
  preferences: {
    get: none,
    set: z.strictObject({ language: z.enum(['es', 'en']).optional() }),
  },
} satisfies { [D in Domain]: { [M in MethodOf<D>]: z.ZodType<ArgsOf<D, M>> } };

/** A sentence a secretary can read, naming the field at fault. */
export function describeIssues(error: z.ZodError): string {
  const first = error.issues[0];
  if (!first) return 'Datos no válidos.';
  const where = first.path.length > 0 ? ` (${first.path.join('.')})` : '';
  return `Datos no válidos${where}: ${first.message}`;
}
