import type { Db } from '../sqlite.js';

const STAMP = `updated_at = strftime('%Y-%m-%dT%H:%M:%fZ','now')`;

export interface SessionLiveRow {
  started_at: string | null;
  ended_at: string | null;
  current_item_id: number | null;
}

/** The clock of a live session and of its items, and the unsaved draft. */
export const liveRepository = {
  liveSessionId(db: Db): number | null {
    const row = db.prepare(`SELECT id FROM sessions WHERE status = 'live'`).get() as { id: number } | undefined;
    return row?.id ?? null;
  },
  sessionClock(db: Db, sessionId: number): SessionLiveRow {
    return db.prepare('SELECT started_at, ended_at, current_item_id FROM sessions WHERE id = ?').get(sessionId) as SessionLiveRow;
  },
  start(db: Db, sessionId: number, at: string): void {
    db.prepare(`UPDATE sessions SET status = 'live', started_at = ?, ${STAMP} WHERE id = ?`).run(at, sessionId);
  },
  setCurrentItem(db: Db, sessionId: number, itemId: number | null): void {
    db.prepare(`UPDATE sessions SET current_item_id = ?, ${STAMP} WHERE id = ?`).run(itemId, sessionId);
  },
  end(db: Db, sessionId: number, at: string): void {
    db.prepare(`UPDATE sessions SET status = 'closed', ended_at = ?, current_item_id = NULL, ${STAMP} WHERE id = ?`).run(at, sessionId);
  },
  enterItem(db: Db, itemId: number, at: string): void {
    db.prepare(`UPDATE agenda_items SET started_at = ?, ${STAMP} WHERE id = ?`).run(at, itemId);
  },
  /** Leaving an item adds the stretch just spent on it. */
  leaveItem(db: Db, itemId: number, at: string, stretchSeconds: number): void {
    db.prepare(`UPDATE agenda_items SET ended_at = ?, spent_seconds = spent_seconds + ?, ${STAMP} WHERE id = ?`).run(at, Math.max(0, stretchSeconds), itemId);
  },
  setNotes(db: Db, itemId: number, notes: string): void {
    db.prepare(`UPDATE agenda_items SET notes = ?, ${STAMP} WHERE id = ?`).run(notes, itemId);
  },
  draft(db: Db, sessionId: number): unknown {
    const row = db.prepare('SELECT draft FROM live_drafts WHERE session_id = ?').get(sessionId) as { draft: string } | undefined;
    return row ? (JSON.parse(row.draft) as unknown) : null;
  },
  setDraft(db: Db, sessionId: number, draft: unknown): void {
    db.prepare(
      `INSERT INTO live_drafts (session_id, draft) VALUES (?, ?)
       ON CONFLICT(session_id) DO UPDATE SET draft = excluded.draft, ${STAMP}`,
    ).run(sessionId, JSON.stringify(draft));
  },
  clearDraft(db: Db, sessionId: number): void {
    db.prepare('DELETE FROM live_drafts WHERE session_id = ?').run(sessionId);
  },
};
