import type { Db } from '../sqlite.js';
import type { ChecklistItemDto, CitizenTopicDto } from '../../../shared/ipc/contract.js';

/**
 * The citizen meeting's own rows: preparation notes, proposed topics, the checklist. All of
 * them are citizen-only (their tables allow no other visibility). Only the citizen-meeting
 * service reads them; nothing that feeds a plenary surface imports this module.
 */
export const preparationRepository = {
  notes(db: Db, meetingId: number): Record<number, string> {
    const rows = db.prepare('SELECT agenda_item_id, body FROM preparation_notes WHERE citizen_meeting_id = ?').all(meetingId) as {
      agenda_item_id: number;
      body: string;
    }[];
    return Object.fromEntries(rows.map((r) => [r.agenda_item_id, r.body]));
  },
  noteId(db: Db, meetingId: number, itemId: number): number | undefined {
    return (db.prepare('SELECT id FROM preparation_notes WHERE citizen_meeting_id = ? AND agenda_item_id = ?').get(meetingId, itemId) as { id: number } | undefined)?.id;
  },
  insertNote(db: Db, meetingId: number, itemId: number, body: string): number {
    return Number(db.prepare('INSERT INTO preparation_notes (citizen_meeting_id, agenda_item_id, body) VALUES (?, ?, ?)').run(meetingId, itemId, body).lastInsertRowid);
  },
  updateNote(db: Db, id: number, body: string): void {
    db.prepare(`UPDATE preparation_notes SET body = ?, updated_at = strftime('%Y-%m-%dT%H:%M:%fZ','now') WHERE id = ?`).run(body, id);
  },
  deleteNote(db: Db, id: number): void {
    db.prepare('DELETE FROM preparation_notes WHERE id = ?').run(id);
  },
  noteIdsForItem(db: Db, itemId: number): number[] {
    return (db.prepare('SELECT id FROM preparation_notes WHERE agenda_item_id = ?').all(itemId) as { id: number }[]).map((r) => r.id);
  },
  topics(db: Db, meetingId: number): CitizenTopicDto[] {
    return (
      db
        .prepare('SELECT id, title, body, is_general_matter, promoted_item_id FROM citizen_topics WHERE citizen_meeting_id = ? ORDER BY id')
        .all(meetingId) as { id: number; title: string; body: string | null; is_general_matter: number; promoted_item_id: number | null }[]
    ).map((r) => ({ id: r.id, title: r.title, body: r.body, isGeneralMatter: r.is_general_matter === 1, promotedItemId: r.promoted_item_id }));
  },
  topic(db: Db, id: number): (CitizenTopicDto & { meetingId: number }) | undefined {
    const r = db
      .prepare('SELECT id, citizen_meeting_id, title, body, is_general_matter, promoted_item_id FROM citizen_topics WHERE id = ?')
      .get(id) as { id: number; citizen_meeting_id: number; title: string; body: string | null; is_general_matter: number; promoted_item_id: number | null } | undefined;
    return r && { id: r.id, meetingId: r.citizen_meeting_id, title: r.title, body: r.body, isGeneralMatter: r.is_general_matter === 1, promotedItemId: r.promoted_item_id };
  },
  insertTopic(db: Db, meetingId: number, t: { title: string; body: string | null; isGeneralMatter: boolean }): number {
    return Number(
      db.prepare('INSERT INTO citizen_topics (citizen_meeting_id, title, body, is_general_matter) VALUES (?, ?, ?, ?)').run(meetingId, t.title, t.body, t.isGeneralMatter ? 1 : 0)
        .lastInsertRowid,
    );
  },
  updateTopic(db: Db, id: number, t: { title: string; body: string | null; isGeneralMatter: boolean }): void {
    db.prepare(`UPDATE citizen_topics SET title = ?, body = ?, is_general_matter = ?, updated_at = strftime('%Y-%m-%dT%H:%M:%fZ','now') WHERE id = ?`).run(
      t.title,
      t.body,
      t.isGeneralMatter ? 1 : 0,
      id,
    );
  },
  setPromoted(db: Db, id: number, itemId: number | null): void {
    db.prepare(`UPDATE citizen_topics SET promoted_item_id = ?, updated_at = strftime('%Y-%m-%dT%H:%M:%fZ','now') WHERE id = ?`).run(itemId, id);
  },
  topicIdsPromotedTo(db: Db, itemId: number): number[] {
    return (db.prepare('SELECT id FROM citizen_topics WHERE promoted_item_id = ?').all(itemId) as { id: number }[]).map((r) => r.id);
  },
  deleteTopic(db: Db, id: number): void {
    db.prepare('DELETE FROM citizen_topics WHERE id = ?').run(id);
  },
  checklist(db: Db, meetingId: number): ChecklistItemDto[] {
    return (db.prepare('SELECT id, label, done FROM checklist_items WHERE session_id = ? ORDER BY position, id').all(meetingId) as { id: number; label: string; done: number }[]).map(
      (r) => ({ id: r.id, label: r.label, done: r.done === 1 }),
    );
  },
  checklistItem(db: Db, id: number): { id: number; sessionId: number } | undefined {
    return db.prepare('SELECT id, session_id AS sessionId FROM checklist_items WHERE id = ?').get(id) as { id: number; sessionId: number } | undefined;
  },
  insertChecklistItem(db: Db, meetingId: number, label: string): number {
    const next = (db.prepare('SELECT coalesce(max(position), 0) + 1 AS p FROM checklist_items WHERE session_id = ?').get(meetingId) as { p: number }).p;
    return Number(db.prepare('INSERT INTO checklist_items (session_id, position, label) VALUES (?, ?, ?)').run(meetingId, next, label).lastInsertRowid);
  },
  setChecklistDone(db: Db, id: number, done: boolean): void {
    db.prepare('UPDATE checklist_items SET done = ? WHERE id = ?').run(done ? 1 : 0, id);
  },
  deleteChecklistItem(db: Db, id: number): void {
    db.prepare('DELETE FROM checklist_items WHERE id = ?').run(id);
  },
};
