import type { Db } from '../sqlite.js';
import type { AgendaItemInputDto } from '../../../shared/ipc/contract.js';
import type { AgendaItemKind } from '../../../shared/domain/sessions.js';

export interface AgendaItemRow {
  id: number;
  session_id: number;
  position: number;
  kind: AgendaItemKind;
  title: string;
  presenter_person_id: number | null;
  presenter_committee_id: number | null;
  presenter_institution: string | null;
  presenter_label: string | null;
  minutes_allotted: number;
  description: string | null;
}

/** Who presents, as shown: the person, else the committee, else the institution. */
export const AGENDA_SELECT = `SELECT a.id, a.session_id, a.position, a.kind, a.title, a.presenter_person_id, a.presenter_committee_id,
    a.presenter_institution, coalesce(p.full_name, c.name, a.presenter_institution) AS presenter_label, a.minutes_allotted, a.description
  FROM agenda_items a LEFT JOIN people p ON p.id = a.presenter_person_id LEFT JOIN committees c ON c.id = a.presenter_committee_id`;

/** Agenda items of any session, for the console that edits them. Positions are 1..n without gaps. */
export const agendaRepository = {
  items(db: Db, sessionId: number): AgendaItemRow[] {
    return db.prepare(`${AGENDA_SELECT} WHERE a.session_id = ? ORDER BY a.position, a.id`).all(sessionId) as AgendaItemRow[];
  },
  get(db: Db, id: number): AgendaItemRow | undefined {
    return db.prepare(`${AGENDA_SELECT} WHERE a.id = ?`).get(id) as AgendaItemRow | undefined;
  },
  insert(db: Db, sessionId: number, position: number, item: AgendaItemInputDto): number {
    return Number(
      db
        .prepare(
          `INSERT INTO agenda_items (session_id, position, kind, title, presenter_person_id, presenter_committee_id, presenter_institution, minutes_allotted, description, visibility)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'plenary')`,
        )
        .run(sessionId, position, item.kind, item.title, item.presenterPersonId, item.presenterCommitteeId, item.presenterInstitution, item.minutesAllotted, item.description)
        .lastInsertRowid,
    );
  },
  update(db: Db, id: number, item: AgendaItemInputDto): void {
    db.prepare(
      `UPDATE agenda_items SET kind = ?, title = ?, presenter_person_id = ?, presenter_committee_id = ?, presenter_institution = ?,
         minutes_allotted = ?, description = ?, updated_at = strftime('%Y-%m-%dT%H:%M:%fZ','now') WHERE id = ?`,
    ).run(item.kind, item.title, item.presenterPersonId, item.presenterCommitteeId, item.presenterInstitution, item.minutesAllotted, item.description, id);
  },
  remove(db: Db, id: number): void {
    db.prepare('DELETE FROM agenda_items WHERE id = ?').run(id);
  },
  /** Writes positions 1..n in the given order; returns the ids whose position changed. */
  renumber(db: Db, orderedIds: readonly number[]): number[] {
    const current = new Map(
      (db.prepare(`SELECT id, position FROM agenda_items WHERE id IN (${orderedIds.map(() => '?').join(',') || 'NULL'})`).all(...orderedIds) as {
        id: number;
        position: number;
      }[]).map((r) => [r.id, r.position]),
    );
    const set = db.prepare('UPDATE agenda_items SET position = ? WHERE id = ?');
    const changed: number[] = [];
    orderedIds.forEach((id, i) => {
      if (current.get(id) !== i + 1) {
        set.run(i + 1, id);
        changed.push(id);
      }
    });
    return changed;
  },
};
