/**
 * Unlock back-off and the audit log for the fake transport. The back-off follows main's
 * rule (0, 0, 0, then 2 s, 4 s…) on Date.now(), so fake timers move it; the audit log is a
 * seeded list that `audit.list` filters and pages like main.
 */
import type { AuditEntryDto, AuditFilterDto, AuditPageDto, UnlockDelayDto, VerifyReportDto } from '../../../src/shared/ipc/contract.js';
import { fail, ok, type Result } from '../../../src/shared/ipc/result.js';
import { waitAfter } from '../../../src/main/security/unlockBackoff.js';

export interface SecuritySeed {
  /** Audit entries, any order; listed newest (highest id) first. */
  audit?: AuditEntryDto[];
  /** Failed attempts already counted per path, the last one now. */
  failures?: Record<string, number>;
  /** What `workspace.verify` answers; a whole, empty chain by default. */
  verify?: VerifyReportDto;
}

export function createFakeSecurity(seed: SecuritySeed = {}) {
  const attempts = new Map(Object.entries(seed.failures ?? {}).map(([path, failures]) => [path, { failures, at: Date.now() }]));
  const audit = [...(seed.audit ?? [])].sort((a, b) => b.id - a.id);

  function delay(path: string): UnlockDelayDto {
    const entry = attempts.get(path);
    if (!entry) return { failures: 0, waitSeconds: 0 };
    const wait = waitAfter(entry.failures);
    return { failures: entry.failures, waitSeconds: Math.max(0, Math.ceil(wait - (Date.now() - entry.at) / 1000)) };
  }

  const list = (f: AuditFilterDto): Result<AuditPageDto> => {
    const matching = audit.filter(
      (e) =>
        (!f.entity || e.entity === f.entity) &&
        (!f.action || e.action === f.action) &&
        (!f.from || e.at.slice(0, 10) >= f.from) &&
        (!f.to || e.at.slice(0, 10) <= f.to),
    );
    const start = f.page * f.pageSize;
    return ok({ entries: matching.slice(start, start + f.pageSize), total: matching.length, entities: ['people', 'sessions', 'agreements'] });
  };

  return {
    delay,
    verify: (): Result<VerifyReportDto> =>
      ok(seed.verify ?? { ok: true, integrity: [], foreignKeys: [], audit: { ok: true, entries: 0, problems: [], firstBroken: null } }),
    /** A refusal while the wait lasts, as main gives it (before any passphrase check). */
    refusal(path: string): Result<never> | null {
      const { waitSeconds } = delay(path);
      return waitSeconds > 0 ? fail('unlock_delayed', `Espere ${waitSeconds} segundos antes de intentarlo de nuevo.`) : null;
    },
    failed(path: string) {
      attempts.set(path, { failures: (attempts.get(path)?.failures ?? 0) + 1, at: Date.now() });
    },
    succeeded(path: string) {
      attempts.delete(path);
    },
    handlers: { audit: { list } },
  };
}
