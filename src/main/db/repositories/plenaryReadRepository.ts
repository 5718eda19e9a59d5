import type { Db } from '../sqlite.js';
import { AGENDA_SELECT, type AgendaItemRow } from './agendaRepository.js';
import { matrixSql, type MatrixDbRow } from './matrixRepository.js';
import { goalsSql, type IndicatorGoalRow, type IndicatorRow, type IndicatorValueRow } from './indicatorRepository.js';

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

export interface LiveSessionRow {
  id: number;
  kind: 'plenary' | 'committee_meeting';
  plenary_type: string | null;
  number: number;
  year: number;
  committee_id: number | null;
  committee_name: string | null;
  scheduled_at: string;
  place: string | null;
  started_at: string | null;
  current_item_id: number | null;
}

export interface LiveItemRow extends AgendaItemRow {
  started_at: string | null;
  ended_at: string | null;
  spent_seconds: number;
  notes: string | null;
}

export interface SessionAgreementRow {
  id: number;
  session_id: number;
  agenda_item_id: number | null;
  seq: number;
  code: string;
  text: string;
  committee_id: number | null;
  committee_name: string | null;
  due_on: string | null;
  status: 'pendiente' | 'en_proceso' | 'cumplido' | 'cancelado';
  progress: number;
  /** JSON array of [personId, name]. */
  responsibles: string;
}

export interface FollowupRow {
  agreement_id: number;
  code: string;
  text: string;
  committee_name: string | null;
  responsible: string | null;
  due_on: string | null;
  status: 'pendiente' | 'en_proceso' | 'cumplido' | 'cancelado';
  progress: number;
  recorded_status: 'pendiente' | 'en_proceso' | 'cumplido' | 'cancelado' | null;
  recorded_progress: number | null;
  recorded_note: string | null;
}

const RESPONSIBLE_NAMES = `(SELECT group_concat(x.full_name, '; ') FROM (SELECT p.full_name FROM agreement_responsibles r JOIN people p ON p.id = r.person_id
    WHERE r.agreement_id = g.id ORDER BY r.id) x)`;

const OPEN_AGREEMENTS = `SELECT g.id, g.code, g.text, g.status, g.progress, g.due_on, c.name AS committee_name,
    s.kind AS session_kind, s.plenary_type, s.number AS session_number, s.year AS session_year,
    ${RESPONSIBLE_NAMES} AS responsible
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
  /** The live session, if it is a plenary or committee meeting (a citizen meeting is never projected). */
  liveSession(db: Db): LiveSessionRow | undefined {
    return db
      .prepare(
        `SELECT s.id, s.kind, s.plenary_type, s.number, s.year, s.committee_id, c.name AS committee_name, s.scheduled_at, s.place, s.started_at, s.current_item_id
         FROM sessions s LEFT JOIN committees c ON c.id = s.committee_id
         WHERE s.status = 'live' AND s.visibility = 'plenary' AND s.kind <> 'citizen_meeting'`,
      )
      .get() as LiveSessionRow | undefined;
  },
  /** The agenda with each item's clock and what was reported. */
  liveItems(db: Db, sessionId: number): LiveItemRow[] {
    return db
      .prepare(
        `${AGENDA_SELECT.replace(' FROM agenda_items a', ', a.started_at, a.ended_at, a.spent_seconds, a.notes FROM agenda_items a')} JOIN sessions s ON s.id = a.session_id
         WHERE a.session_id = ? AND a.visibility = 'plenary' AND s.visibility = 'plenary' AND s.kind <> 'citizen_meeting'
         ORDER BY a.position, a.id`,
      )
      .all(sessionId) as LiveItemRow[];
  },
  /** Agreements adopted in a session, in order, with their responsible people. */
  sessionAgreements(db: Db, sessionId: number): SessionAgreementRow[] {
    return db
      .prepare(
        `SELECT g.id, g.session_id, g.agenda_item_id, g.seq, g.code, g.text, g.committee_id, c.name AS committee_name, g.due_on, g.status, g.progress,
           (SELECT json_group_array(json_array(x.id, x.full_name)) FROM (SELECT p.id, p.full_name FROM agreement_responsibles r JOIN people p ON p.id = r.person_id
             WHERE r.agreement_id = g.id ORDER BY r.id) x) AS responsibles
         FROM agreements g JOIN sessions s ON s.id = g.session_id LEFT JOIN committees c ON c.id = g.committee_id
         WHERE g.session_id = ? AND g.visibility = 'plenary' AND s.visibility = 'plenary' AND s.kind <> 'citizen_meeting'
         ORDER BY g.seq`,
      )
      .all(sessionId) as SessionAgreementRow[];
  },
  /**
   * The follow-up list of a plenary: agreements of earlier plenaries that are open, or that
   * this session has already followed up (they stay on the list once fulfilled). A committee
   * meeting reads the committee's agreements instead (cuadro 8).
   */
  followupRows(db: Db, sessionId: number, scheduledAt: string, committeeId: number | null): FollowupRow[] {
    return db
      .prepare(
        `SELECT g.id AS agreement_id, g.code, g.text, c.name AS committee_name, ${RESPONSIBLE_NAMES} AS responsible, g.due_on, g.status, g.progress,
           f.status AS recorded_status, f.progress AS recorded_progress, f.note AS recorded_note
         FROM agreements g JOIN sessions s ON s.id = g.session_id LEFT JOIN committees c ON c.id = g.committee_id
         LEFT JOIN agreement_followups f ON f.agreement_id = g.id AND f.session_id = @sessionId AND f.visibility = 'plenary'
         WHERE g.visibility = 'plenary' AND s.visibility = 'plenary' AND s.kind <> 'citizen_meeting' AND s.scheduled_at < @scheduledAt AND s.id <> @sessionId
           AND ((@committeeId IS NULL AND s.kind = 'plenary') OR g.committee_id = @committeeId)
           AND (g.status IN ('pendiente', 'en_proceso') OR f.id IS NOT NULL)
         ORDER BY s.scheduled_at, g.seq`,
      )
      .all({ sessionId, scheduledAt, committeeId }) as FollowupRow[];
  },
  /** The agreements matrix without anything citizen-only: what may be projected or printed for the plenary. */
  matrixRows(db: Db): MatrixDbRow[] {
    return db.prepare(matrixSql(true)).all() as MatrixDbRow[];
  },
  /** Plenary-visible indicators, in the order they were created. */
  indicators(db: Db): IndicatorRow[] {
    return db.prepare(`SELECT id, name, unit, source, description, visibility FROM indicators WHERE visibility = 'plenary' ORDER BY id`).all() as IndicatorRow[];
  },
  /** The monthly values of plenary-visible indicators. */
  indicatorValues(db: Db): IndicatorValueRow[] {
    return db
      .prepare(
        `SELECT v.id, v.indicator_id, v.period, v.value FROM indicator_values v JOIN indicators i ON i.id = v.indicator_id
         WHERE i.visibility = 'plenary' ORDER BY v.indicator_id, v.period`,
      )
      .all() as IndicatorValueRow[];
  },
  /** Plenary-visible goals of plenary-visible indicators; a citizen-only adopting session or agreement reads as none. */
  indicatorGoals(db: Db): IndicatorGoalRow[] {
    return db
      .prepare(
        `${goalsSql(true)} JOIN indicators i ON i.id = g.indicator_id
         WHERE g.visibility = 'plenary' AND i.visibility = 'plenary' ORDER BY g.indicator_id, g.id`,
      )
      .all() as IndicatorGoalRow[];
  },
};
