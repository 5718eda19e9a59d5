import type { Db } from '../sqlite.js';
import type { Visibility } from '../../../shared/domain/visibility.js';
import type { AttachmentMime, MinutesAttachmentKind, MinutesLanguage, MinutesStatus } from '../../../shared/ipc/dto/minutes.js';

export interface MinutesRow {
  id: number;
  session_id: number;
  status: MinutesStatus;
  language: MinutesLanguage;
  /** JSON {itemId: text}. */
  item_texts: string;
  approved_at: string | null;
  approved_in_session_id: number | null;
  sealed_at: string | null;
  seal_sha256: string | null;
  sealed_content: string | null;
  visibility: Visibility;
}

export interface AddendumRow {
  id: number;
  body: string;
  seal_sha256: string;
  created_at: string;
}

export interface AttachmentRow {
  id: number;
  session_id: number;
  kind: MinutesAttachmentKind;
  filename: string;
  mime: AttachmentMime;
  size: number;
  sha256: string;
  created_at: string;
}

export interface ExportRow {
  id: number;
  session_id: number | null;
  kind: string;
  filename: string;
  sha256: string;
  size: number;
  created_at: string;
}

const NOW = `strftime('%Y-%m-%dT%H:%M:%fZ','now')`;

/**
 * The minutes' own rows: the minutes record of a session, its addenda (fe de erratas), the
 * files attached to it and the log of files exported. What the acta prints about the session
 * itself is read elsewhere: the plenary read path, or the citizen meeting's own repositories.
 */
export const minutesRepository = {
  bySession(db: Db, sessionId: number): MinutesRow | undefined {
    return db
      .prepare(
        `SELECT id, session_id, status, language, item_texts, approved_at, approved_in_session_id, sealed_at, seal_sha256, sealed_content, visibility
         FROM minutes WHERE session_id = ?`,
      )
      .get(sessionId) as MinutesRow | undefined;
  },
  /** The LiveService asks before every correction: a signed acta is never edited. */
  isSigned(db: Db, sessionId: number): boolean {
    return db.prepare(`SELECT 1 FROM minutes WHERE session_id = ? AND status = 'signed'`).get(sessionId) !== undefined;
  },
  insert(db: Db, sessionId: number, visibility: Visibility): number {
    return Number(db.prepare('INSERT INTO minutes (session_id, visibility) VALUES (?, ?)').run(sessionId, visibility).lastInsertRowid);
  },
  setItemTexts(db: Db, id: number, texts: Record<string, string>): void {
    db.prepare(`UPDATE minutes SET item_texts = ?, updated_at = ${NOW} WHERE id = ?`).run(JSON.stringify(texts), id);
  },
  setLanguage(db: Db, id: number, language: MinutesLanguage): void {
    db.prepare(`UPDATE minutes SET language = ?, updated_at = ${NOW} WHERE id = ?`).run(language, id);
  },
  approve(db: Db, id: number, on: string, inSessionId: number | null): void {
    db.prepare(`UPDATE minutes SET status = 'approved', approved_at = ?, approved_in_session_id = ?, updated_at = ${NOW} WHERE id = ?`).run(on, inSessionId, id);
  },
  seal(db: Db, id: number, s: { sealedAt: string; sha256: string; content: string }): void {
    db.prepare(`UPDATE minutes SET status = 'signed', sealed_at = ?, seal_sha256 = ?, sealed_content = ?, updated_at = ${NOW} WHERE id = ?`).run(
      s.sealedAt,
      s.sha256,
      s.content,
      id,
    );
  },
  addenda(db: Db, minutesId: number): AddendumRow[] {
    return db.prepare('SELECT id, body, seal_sha256, created_at FROM minutes_addenda WHERE minutes_id = ? ORDER BY id').all(minutesId) as AddendumRow[];
  },
  /** `at` is stored as written: it is part of the addendum's seal. */
  insertAddendum(db: Db, a: { minutesId: number; body: string; sha256: string; at: string; visibility: Visibility }): number {
    return Number(
      db
        .prepare('INSERT INTO minutes_addenda (minutes_id, body, seal_sha256, visibility, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)')
        .run(a.minutesId, a.body, a.sha256, a.visibility, a.at, a.at).lastInsertRowid,
    );
  },
  attachments(db: Db, sessionId: number): AttachmentRow[] {
    return db
      .prepare('SELECT id, session_id, kind, filename, mime, size, sha256, created_at FROM attachments WHERE session_id = ? ORDER BY id')
      .all(sessionId) as AttachmentRow[];
  },
  attachment(db: Db, id: number): (AttachmentRow & { content: Buffer }) | undefined {
    return db.prepare('SELECT id, session_id, kind, filename, mime, size, sha256, created_at, content FROM attachments WHERE id = ?').get(id) as
      | (AttachmentRow & { content: Buffer })
      | undefined;
  },
  insertAttachment(
    db: Db,
    a: { sessionId: number; minutesId: number; kind: MinutesAttachmentKind; filename: string; mime: AttachmentMime; sha256: string; content: Buffer; visibility: Visibility },
  ): number {
    return Number(
      db
        .prepare('INSERT INTO attachments (session_id, minutes_id, kind, filename, mime, size, sha256, content, visibility) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)')
        .run(a.sessionId, a.minutesId, a.kind, a.filename, a.mime, a.content.length, a.sha256, a.content, a.visibility).lastInsertRowid,
    );
  },
  exportsOf(db: Db, sessionId: number, kinds: readonly string[]): ExportRow[] {
    return db
      .prepare(
        `SELECT id, session_id, kind, filename, sha256, size, created_at FROM exports
         WHERE session_id = ? AND kind IN (SELECT value FROM json_each(?)) ORDER BY id DESC`,
      )
      .all(sessionId, JSON.stringify(kinds)) as ExportRow[];
  },
  /** The latest export logged with this SHA-256, of any kind. */
  exportBySha256(db: Db, sha256: string): ExportRow | undefined {
    return db
      .prepare('SELECT id, session_id, kind, filename, sha256, size, created_at FROM exports WHERE sha256 = ? ORDER BY id DESC LIMIT 1')
      .get(sha256) as ExportRow | undefined;
  },
};
