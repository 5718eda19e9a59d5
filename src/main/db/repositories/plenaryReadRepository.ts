import type { Db } from '../sqlite.js';
import { AGENDA_SELECT, type AgendaItemRow } from './agendaRepository.js';

/**
 * The plenary-safe read path. Everything that feeds a surface officials see (the projector,
 * plenary documents, officials' lists) reads through here. Every query filters
 * `visibility = 'plenary'` on each row it returns and never touches the citizen-only tables
 * (preparation notes, citizen topics, checklists) nor a citizen meeting.
 */
export interface OpenAgreementRow {
  id: number;
  code: string;
  text: string;
  status: 'pendiente' | 'en_proceso';
  progress: number;
  due_on: string | null;
  committee_name: string | null;
  session_kind: string;
  plenary_type: string | null;
  session_number: number;
  session_year: number;
  responsible: string | null;
}

const OPEN_AGREEMENTS = `SELECT g.id, g.code, g.text, g.status, g.progress, g.due_on, c.name AS committee_name,
    s.kind AS session_kind, s.plenary_type, s.number AS session_number, s.year AS session_year,
    (SELECT group_concat(p.full_name, '; ') FROM agreement_responsibles r JOIN people p ON p.id = r.person_id WHERE r.agreement_id = g.id) AS responsible
  FROM agreements g JOIN sessions s ON s.id = g.session_id LEFT JOIN committees c ON c.id = g.committee_id
  WHERE g.visibility = 'plenary' AND s.visibility = 'plenary' AND g.status IN ('pendiente', 'en_proceso')`;

export const plenaryReadRepository = {
  /** A plenary's or committee meeting's agenda; nothing for a citizen meeting. */
  agendaItems(db: Db, sessionId: number): AgendaItemRow[] {
    return db
      .prepare(
        `${AGENDA_SELECT} JOIN sessions s ON s.id = a.session_id
         WHERE a.session_id = ? AND a.visibility = 'plenary' AND s.visibility = 'plenary' AND s.kind <> 'citizen_meeting'
         ORDER BY a.position, a.id`,
      )
      .all(sessionId) as AgendaItemRow[];
  },
  session(db: Db, sessionId: number): { id: number; kind: string; scheduled_at: string; place: string | null; committee_id: number | null } | undefined {
    return db
      .prepare(`SELECT id, kind, scheduled_at, place, committee_id FROM sessions WHERE id = ? AND visibility = 'plenary' AND kind <> 'citizen_meeting'`)
      .get(sessionId) as { id: number; kind: string; scheduled_at: string; place: string | null; committee_id: number | null } | undefined;
  },
  /** Agreements adopted in plenaries held before `scheduledAt` that are still open: the follow-up item's list. */
  openAgreementsBefore(db: Db, scheduledAt: string): OpenAgreementRow[] {
    return db.prepare(`${OPEN_AGREEMENTS} AND s.kind = 'plenary' AND s.scheduled_at < ? ORDER BY s.scheduled_at, g.seq`).all(scheduledAt) as OpenAgreementRow[];
  },
  /** A committee's current agreements: what its convocation must list (cuadro 8). */
  committeeAgreements(db: Db, committeeId: number): OpenAgreementRow[] {
    return db.prepare(`${OPEN_AGREEMENTS} AND g.committee_id = ? ORDER BY s.scheduled_at, g.seq`).all(committeeId) as OpenAgreementRow[];
  },
};
