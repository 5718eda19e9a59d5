import type { Db } from '../sqlite.js';
import { DOMAIN_TABLES, type DomainTable } from './tables.js';

export interface AuditEntryRow {
  id: number;
  at: string;
  actor: string;
  action: 'insert' | 'update' | 'delete';
  entity: string;
  entity_id: number;
  row_hash: string | null;
  detail: string;
  prev_hash: string;
  hash: string;
}

export type NewAuditEntry = Omit<AuditEntryRow, 'id'>;

export const auditRepository = {
  last(db: Db): Pick<AuditEntryRow, 'id' | 'hash'> | undefined {
    return db.prepare('SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1').get() as
      | Pick<AuditEntryRow, 'id' | 'hash'>
      | undefined;
  },
  append(db: Db, e: NewAuditEntry & { id: number }): void {
    db.prepare(
      `INSERT INTO audit_log (id, at, actor, action, entity, entity_id, row_hash, detail, prev_hash, hash)
       VALUES (@id, @at, @actor, @action, @entity, @entity_id, @row_hash, @detail, @prev_hash, @hash)`,
    ).run(e);
  },
  /** The entries of some rows of one table, oldest first: when, who and what, never the content. */
  forEntity(db: Db, entity: DomainTable, ids: readonly number[]): Pick<AuditEntryRow, 'id' | 'at' | 'actor' | 'action' | 'entity' | 'entity_id'>[] {
    if (ids.length === 0) return [];
    return db
      .prepare(`SELECT id, at, actor, action, entity, entity_id FROM audit_log WHERE entity = ? AND entity_id IN (SELECT value FROM json_each(?)) ORDER BY id`)
      .all(entity, JSON.stringify(ids)) as Pick<AuditEntryRow, 'id' | 'at' | 'actor' | 'action' | 'entity' | 'entity_id'>[];
  },
  iterate(db: Db): IterableIterator<AuditEntryRow> {
    return db.prepare('SELECT * FROM audit_log ORDER BY id').iterate() as IterableIterator<AuditEntryRow>;
  },
  /** The row as stored, for hashing; columns in table order. */
  row(db: Db, entity: DomainTable, id: number): Record<string, unknown> | undefined {
    return db.prepare(`SELECT * FROM ${entity} WHERE id = ?`).get(id) as
      | Record<string, unknown>
      | undefined;
  },
  iterateRows(db: Db, entity: DomainTable): IterableIterator<Record<string, unknown>> {
    return db.prepare(`SELECT * FROM ${entity} ORDER BY id`).iterate() as IterableIterator<
      Record<string, unknown>
    >;
  },
  /** The last entry per audited row: what each row must hash to now. */
  latestPerRow(db: Db): Map<string, Pick<AuditEntryRow, 'action' | 'row_hash'>> {
    const rows = db
      .prepare(
        `SELECT entity, entity_id, action, row_hash FROM audit_log
         WHERE id IN (SELECT max(id) FROM audit_log GROUP BY entity, entity_id)`,
      )
      .all() as Pick<AuditEntryRow, 'entity' | 'entity_id' | 'action' | 'row_hash'>[];
    return new Map(rows.map((r) => [`${r.entity}#${r.entity_id}`, r]));
  },
  /** One page of the log, newest first, with the number of matching entries. Instants are UTC ISO strings, so they compare as text. */
  page(
    db: Db,
    f: { entity: string | null; action: string | null; fromAt: string | null; toAt: string | null; limit: number; offset: number },
  ): { rows: Pick<AuditEntryRow, 'id' | 'at' | 'actor' | 'action' | 'entity' | 'entity_id'>[]; total: number } {
    const where = `WHERE (@entity IS NULL OR entity = @entity) AND (@action IS NULL OR action = @action)
      AND (@fromAt IS NULL OR at >= @fromAt) AND (@toAt IS NULL OR at < @toAt)`;
    const params = { entity: f.entity, action: f.action, fromAt: f.fromAt, toAt: f.toAt };
    const rows = db
      .prepare(`SELECT id, at, actor, action, entity, entity_id FROM audit_log ${where} ORDER BY id DESC LIMIT @limit OFFSET @offset`)
      .all({ ...params, limit: f.limit, offset: f.offset }) as Pick<AuditEntryRow, 'id' | 'at' | 'actor' | 'action' | 'entity' | 'entity_id'>[];
    const total = (db.prepare(`SELECT count(*) AS n FROM audit_log ${where}`).get(params) as { n: number }).n;
    return { rows, total };
  },
  tables: DOMAIN_TABLES,
};
