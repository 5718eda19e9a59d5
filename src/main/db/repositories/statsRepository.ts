import type { Db } from '../sqlite.js';
import { DOMAIN_TABLES } from './tables.js';

export const statsRepository = {
  counts(db: Db): Record<string, number> {
    const counts: Record<string, number> = {};
    for (const table of DOMAIN_TABLES) {
      counts[table] = (db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
    }
    counts.audit_log = (db.prepare('SELECT count(*) AS n FROM audit_log').get() as { n: number }).n;
    return counts;
  },
  integrityCheck(db: Db): string[] {
    const rows = db.pragma('integrity_check') as { integrity_check: string }[];
    return rows.map((r) => r.integrity_check).filter((r) => r !== 'ok');
  },
  foreignKeyCheck(db: Db): string[] {
    const rows = db.pragma('foreign_key_check') as {
      table: string;
      rowid: number;
      parent: string;
    }[];
    return rows.map((r) => `${r.table} #${r.rowid} → ${r.parent}`);
  },
};
