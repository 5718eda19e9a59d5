import crypto from 'node:crypto';
import type { Db } from '../db/sqlite.js';
import { auditRepository, type AuditEntryRow } from '../db/repositories/auditRepository.js';
import type { DomainTable } from '../db/repositories/tables.js';
import type { AuditBreakDto } from '../../shared/ipc/contract.js';

/**
 * The append-only audit log. Each entry stores the SHA-256 of the audited row as it is
 * after the change and chains to the previous entry, so `verify` can tell both a
 * rewritten log and a row changed behind Plenaria's back (raw SQL, another tool).
 * It stores hashes, never the confidential prose itself.
 */
export const GENESIS_HASH = '0'.repeat(64);

const sha256 = (text: string | Buffer): string => crypto.createHash('sha256').update(text).digest('hex');

/** Stable text of a row: column order as in the table, blobs by their hash. */
export function rowHash(row: Record<string, unknown>): string {
  const canonical = Object.entries(row).map(([key, value]) => [
    key,
    Buffer.isBuffer(value) ? { blobSha256: sha256(value) } : typeof value === 'bigint' ? String(value) : value,
  ]);
  return sha256(JSON.stringify(canonical));
}

export function entryHash(e: Omit<AuditEntryRow, 'hash'>): string {
  return sha256(
    JSON.stringify([e.id, e.at, e.actor, e.action, e.entity, e.entity_id, e.row_hash, e.detail, e.prev_hash]),
  );
}

export type Actor = 'app' | 'cli' | 'import' | 'migration';

export function recordAudit(
  db: Db,
  actor: Actor,
  action: AuditEntryRow['action'],
  entity: DomainTable,
  entityId: number,
  detail: Record<string, unknown> = {},
): void {
  const row = action === 'delete' ? undefined : auditRepository.row(db, entity, entityId);
  if (action !== 'delete' && !row) throw new Error(`audit: ${entity} #${entityId} does not exist`);
  const last = auditRepository.last(db);
  const entry = {
    id: (last?.id ?? 0) + 1,
    at: new Date().toISOString(),
    actor,
    action,
    entity,
    entity_id: entityId,
    row_hash: row ? rowHash(row) : null,
    detail: JSON.stringify(detail),
    prev_hash: last?.hash ?? GENESIS_HASH,
  };
  auditRepository.append(db, { ...entry, hash: entryHash(entry) });
}

export interface AuditVerification {
  ok: boolean;
  entries: number;
  problems: string[];
  /** Where the chain first stops holding; null when the chain is whole (row problems are in `problems`). */
  firstBroken: AuditBreakDto | null;
}

const MAX_PROBLEMS = 50;

export function verifyAudit(db: Db): AuditVerification {
  const problems: string[] = [];
  const report = (p: string) => {
    if (problems.length < MAX_PROBLEMS) problems.push(p);
  };
  let firstBroken: AuditBreakDto | null = null;
  // Only the first break is pinpointed: after it, every later entry is suspect anyway.
  const broke = (id: number, position: number, reason: AuditBreakDto['reason'], message: string) => {
    report(message);
    firstBroken ??= { id, position, reason, message };
  };
  let expectedPrev = GENESIS_HASH;
  let expectedId = 1;
  let entries = 0;
  for (const e of auditRepository.iterate(db)) {
    entries++;
    // The entry's own hash first: an edited entry also stops chaining with the next one, and the edit is the cause.
    if (entryHash(e) !== e.hash) broke(e.id, entries, 'altered', `registro de auditoría: la entrada ${e.id} fue alterada`);
    if (e.id !== expectedId) broke(e.id, entries, 'missing', `registro de auditoría: falta la entrada ${expectedId} (sigue la ${e.id})`);
    if (e.prev_hash !== expectedPrev) broke(e.id, entries, 'unchained', `registro de auditoría: la entrada ${e.id} no encadena con la anterior`);
    expectedPrev = e.hash;
    expectedId = e.id + 1;
  }

  const latest = auditRepository.latestPerRow(db);
  const seen = new Set<string>();
  for (const table of auditRepository.tables) {
    for (const row of auditRepository.iterateRows(db, table)) {
      const key = `${table}#${String(row.id)}`;
      seen.add(key);
      const last = latest.get(key);
      if (!last || last.action === 'delete') report(`${key}: fila sin registro de auditoría`);
      else if (last.row_hash !== rowHash(row)) report(`${key}: modificada fuera de Plenaria`);
    }
  }
  for (const [key, last] of latest) {
    if (last.action !== 'delete' && !seen.has(key)) report(`${key}: borrada fuera de Plenaria`);
  }
  return { ok: problems.length === 0, entries, problems, firstBroken };
}
