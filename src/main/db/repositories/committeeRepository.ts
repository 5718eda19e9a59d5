import type { Db } from '../sqlite.js';

export type CommitteeKind = 'executive' | 'indicators' | 'working';

export const committeeRepository = {
  insert(db: Db, c: { name: string; kind: CommitteeKind; axis: string | null; createdOn: string }): number {
    return Number(
      db
        .prepare('INSERT INTO committees (name, kind, axis, created_on) VALUES (?, ?, ?, ?)')
        .run(c.name, c.kind, c.axis, c.createdOn).lastInsertRowid,
    );
  },
};
