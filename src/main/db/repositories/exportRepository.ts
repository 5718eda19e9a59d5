import type { Db } from '../sqlite.js';

/** Every file Plenaria writes is logged with its SHA-256, so a copy can later be recognised. */
export const exportRepository = {
  insert(db: Db, e: { sessionId: number | null; kind: string; filename: string; sha256: string; size: number }): number {
    return Number(
      db.prepare('INSERT INTO exports (session_id, kind, filename, sha256, size) VALUES (?, ?, ?, ?, ?)').run(e.sessionId, e.kind, e.filename, e.sha256, e.size).lastInsertRowid,
    );
  },
};
