import type { Db } from '../sqlite.js';

/** Settings are JSON values under a key. */
export const settingsRepository = {
  get(db: Db, key: string): { id: number; value: unknown } | undefined {
    const row = db.prepare('SELECT id, value FROM settings WHERE key = ?').get(key) as { id: number; value: string } | undefined;
    return row ? { id: row.id, value: JSON.parse(row.value) as unknown } : undefined;
  },
  /** Returns the row id and whether it was created. */
  set(db: Db, key: string, value: unknown): { id: number; created: boolean } {
    const existing = this.get(db, key);
    if (existing) {
      db.prepare('UPDATE settings SET value = ? WHERE id = ?').run(JSON.stringify(value), existing.id);
      return { id: existing.id, created: false };
    }
    return { id: Number(db.prepare('INSERT INTO settings (key, value) VALUES (?, ?)').run(key, JSON.stringify(value)).lastInsertRowid), created: true };
  },
};
