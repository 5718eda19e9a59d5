import type { Migration } from '../migrate.js';

/**
 * The live session: an item's time is kept across visits (the secretary may go back), the
 * unsaved draft survives a crash, and at most one session is live at a time.
 */
export const migration0004: Migration = {
  version: 4,
  name: 'live',
  up(db) {
    db.exec(`
ALTER TABLE agenda_items ADD COLUMN spent_seconds INTEGER NOT NULL DEFAULT 0 CHECK (spent_seconds >= 0);
CREATE UNIQUE INDEX sessions_one_live ON sessions(status) WHERE status = 'live';
CREATE UNIQUE INDEX agreement_followups_once ON agreement_followups(agreement_id, session_id) WHERE session_id IS NOT NULL;

-- What the secretary has typed and not saved yet (JSON). Scratch, not a record: not audited,
-- deleted when saved or when the session closes. Plenary content only: it is projected as typed.
CREATE TABLE live_drafts (
  session_id INTEGER PRIMARY KEY REFERENCES sessions(id) ON DELETE CASCADE,
  draft TEXT NOT NULL,
  visibility TEXT NOT NULL DEFAULT 'plenary' CHECK (visibility = 'plenary'),
  updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now'))
);
`);
  },
};
