import type { Db } from './sqlite.js';
import { migration0001 } from './migrations/0001-initial.js';
import { migration0002 } from './migrations/0002-election-candidates.js';
import { migration0003 } from './migrations/0003-convocation.js';
import { migration0004 } from './migrations/0004-live.js';

export interface Migration {
  version: number;
  name: string;
  up(db: Db): void;
}

/** In order; forward only. A new migration is a new file appended here, never an edit. */
export const migrations: readonly Migration[] = [migration0001, migration0002, migration0003, migration0004];
export const LATEST_SCHEMA_VERSION = migrations[migrations.length - 1]!.version;

/**
 * Brings the file to the latest schema, each migration in its own transaction together
 * with its user_version bump. A file newer than this code is refused by the connection
 * before we get here; this check is the last line of defence.
 */
export function migrate(db: Db): number {
  const current = db.pragma('user_version', { simple: true }) as number;
  if (current > LATEST_SCHEMA_VERSION) {
    throw new Error(`schema ${current} is newer than ${LATEST_SCHEMA_VERSION}`);
  }
  for (const m of migrations) {
    if (m.version <= current) continue;
    db.transaction(() => {
      m.up(db);
      db.pragma(`user_version=${m.version}`);
    })();
  }
  return db.pragma('user_version', { simple: true }) as number;
}
