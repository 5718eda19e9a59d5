import type { Db } from '../sqlite.js';
import type { AgreementStatus } from '../../../shared/domain/live.js';
import type { PlenaryType, SessionKind } from '../../../shared/domain/sessions.js';
import type { Visibility } from '../../../shared/domain/visibility.js';

const STAMP = `updated_at = strftime('%Y-%m-%dT%H:%M:%fZ','now')`;

export interface AgreementRow {
  id: number;
  session_id: number;
  agenda_item_id: number | null;
  seq: number;
  code: string;
  text: string;
  committee_id: number | null;
  due_on: string | null;
  status: AgreementStatus;
  progress: number;
  visibility: Visibility;
}

export interface FollowupHistoryRow {
  id: number;
  session_id: number | null;
  recorded_on: string;
  status: AgreementStatus;
  progress: number;
  note: string | null;
  visibility: Visibility;
  session_kind: SessionKind | null;
  plenary_type: PlenaryType | null;
  session_number: number | null;
  session_year: number | null;
  session_committee: string | null;
}

/** Writes to agreements, their responsibles and follow-ups. Reads for plenary surfaces go through plenaryReadRepository. */
export const agreementRepository = {
  get(db: Db, id: number): AgreementRow | undefined {
    return db.prepare('SELECT id, session_id, agenda_item_id, seq, code, text, committee_id, due_on, status, progress, visibility FROM agreements WHERE id = ?').get(id) as
      | AgreementRow
      | undefined;
  },
  /** Ids and seqs of a session's agreements, in order. */
  ofSession(db: Db, sessionId: number): { id: number; seq: number }[] {
    return db.prepare('SELECT id, seq FROM agreements WHERE session_id = ? ORDER BY seq').all(sessionId) as { id: number; seq: number }[];
  },
  nextSeq(db: Db, sessionId: number): number {
    return ((db.prepare('SELECT max(seq) AS n FROM agreements WHERE session_id = ?').get(sessionId) as { n: number | null }).n ?? 0) + 1;
  },
  insert(
    db: Db,
    a: { sessionId: number; agendaItemId: number | null; seq: number; code: string; text: string; committeeId: number | null; dueOn: string | null; visibility: Visibility },
  ): number {
    return Number(
      db
        .prepare(
          `INSERT INTO agreements (session_id, agenda_item_id, seq, code, text, committee_id, due_on, status, progress, visibility)
           VALUES (?, ?, ?, ?, ?, ?, ?, 'pendiente', 0, ?)`,
        )
        .run(a.sessionId, a.agendaItemId, a.seq, a.code, a.text, a.committeeId, a.dueOn, a.visibility).lastInsertRowid,
    );
  },
  update(db: Db, id: number, a: { agendaItemId: number | null; text: string; committeeId: number | null; dueOn: string | null }): void {
    db.prepare(`UPDATE agreements SET agenda_item_id = ?, text = ?, committee_id = ?, due_on = ?, ${STAMP} WHERE id = ?`).run(
      a.agendaItemId,
      a.text,
      a.committeeId,
      a.dueOn,
      id,
    );
  },
  renumber(db: Db, id: number, seq: number, code: string): void {
    db.prepare(`UPDATE agreements SET seq = ?, code = ?, ${STAMP} WHERE id = ?`).run(seq, code, id);
  },
  remove(db: Db, id: number): void {
    db.prepare('DELETE FROM agreements WHERE id = ?').run(id);
  },
  setProgress(db: Db, id: number, status: AgreementStatus, progress: number): void {
    db.prepare(`UPDATE agreements SET status = ?, progress = ?, ${STAMP} WHERE id = ?`).run(status, progress, id);
  },
  responsibles(db: Db, agreementId: number): { id: number; person_id: number }[] {
    return db.prepare('SELECT id, person_id FROM agreement_responsibles WHERE agreement_id = ? ORDER BY id').all(agreementId) as { id: number; person_id: number }[];
  },
  addResponsible(db: Db, agreementId: number, personId: number): number {
    return Number(db.prepare('INSERT INTO agreement_responsibles (agreement_id, person_id) VALUES (?, ?)').run(agreementId, personId).lastInsertRowid);
  },
  removeResponsible(db: Db, id: number): void {
    db.prepare('DELETE FROM agreement_responsibles WHERE id = ?').run(id);
  },
  followupIn(db: Db, agreementId: number, sessionId: number): { id: number } | undefined {
    return db.prepare('SELECT id FROM agreement_followups WHERE agreement_id = ? AND session_id = ?').get(agreementId, sessionId) as { id: number } | undefined;
  },
  followupIds(db: Db, agreementId: number): number[] {
    return (db.prepare('SELECT id FROM agreement_followups WHERE agreement_id = ?').all(agreementId) as { id: number }[]).map((r) => r.id);
  },
  /** `sessionId` null: recorded outside a session (imported from a spreadsheet). */
  insertFollowup(
    db: Db,
    f: { agreementId: number; sessionId: number | null; recordedOn: string; status: AgreementStatus; progress: number; note: string | null; visibility?: Visibility },
  ): number {
    return Number(
      db
        .prepare(`INSERT INTO agreement_followups (agreement_id, session_id, recorded_on, status, progress, note, visibility) VALUES (?, ?, ?, ?, ?, ?, ?)`)
        .run(f.agreementId, f.sessionId, f.recordedOn, f.status, f.progress, f.note, f.visibility ?? 'plenary').lastInsertRowid,
    );
  },
  /** Session and text of every agreement: an import must not add the same agreement twice. */
  sessionTexts(db: Db): { session_id: number; text: string }[] {
    return db.prepare('SELECT session_id, text FROM agreements').all() as { session_id: number; text: string }[];
  },
  /** Every agreement code in the workspace. */
  codes(db: Db): string[] {
    return (db.prepare('SELECT code FROM agreements').all() as { code: string }[]).map((r) => r.code);
  },
  /** An agreement's follow-ups, oldest first, with the session each was recorded in. */
  followups(db: Db, agreementId: number): FollowupHistoryRow[] {
    return db
      .prepare(
        `SELECT f.id, f.session_id, f.recorded_on, f.status, f.progress, f.note, f.visibility,
           s.kind AS session_kind, s.plenary_type, s.number AS session_number, s.year AS session_year, c.name AS session_committee
         FROM agreement_followups f LEFT JOIN sessions s ON s.id = f.session_id LEFT JOIN committees c ON c.id = s.committee_id
         WHERE f.agreement_id = ? ORDER BY f.recorded_on, f.id`,
      )
      .all(agreementId) as FollowupHistoryRow[];
  },
  updateFollowup(db: Db, id: number, f: { status: AgreementStatus; progress: number; note: string | null }): void {
    db.prepare(`UPDATE agreement_followups SET status = ?, progress = ?, note = ?, ${STAMP} WHERE id = ?`).run(f.status, f.progress, f.note, id);
  },
};
