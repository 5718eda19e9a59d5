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

/** A held plenary or committee meeting, as its acta's header prints it. */
export interface ActaSessionRow {
  id: number;
  kind: 'plenary' | 'committee_meeting';
  plenary_type: 'ordinary' | 'extraordinary' | 'installation' | null;
  number: number;
  year: number;
  committee_id: number | null;
  committee_name: string | null;
  committee_coordinator: string | null;
  scheduled_at: string;
  place: string | null;
  status: 'draft' | 'convened' | 'live' | 'closed' | 'signed';
  started_at: string | null;
  ended_at: string | null;
}

/** One person on a session's roster with what was recorded; names and posts only, never notes or contact data. */
export interface ActaAttendanceRow {
  person_id: number;
  name: string;
  kind: 'citizen' | 'official' | 'honorary' | 'collaborator' | 'volunteer' | 'guest';
  post: string | null;
  institution: string | null;
  gov_order: 'municipal' | 'estatal' | 'federal' | null;
  gov_power: 'ejecutivo' | 'legislativo' | 'judicial' | null;
  status: 'present' | 'late' | 'left_early' | 'absent_justified' | 'absent_unjustified' | 'represented' | null;
  arrived_at: string | null;
  left_at: string | null;
  substitute_name: string | null;
  justification: string | null;
}

export interface ActaVoteRow {
  id: number;
  kind: string;
  subject: string;
  result: 'approved' | 'rejected' | 'invalid' | null;
  electorate: number;
  yes: number;
  no: number;
  abstain: number;
}

export interface ActaIndicatorRow {
  name: string;
  unit: 'cases' | 'rate_100k';
  period: string;
  /** The month's cases, as stored. */
  value: number;
  /** Inhabitants in the period's year (the Mesa's population when that year is not recorded), for rates. */
  population: number;
  target: number | null;
  deadline: string | null;
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
  /** A plenary or committee meeting for its acta; nothing for a citizen meeting. */
  actaSession(db: Db, sessionId: number): ActaSessionRow | undefined {
    return db
      .prepare(
        `SELECT s.id, s.kind, s.plenary_type, s.number, s.year, s.committee_id, c.name AS committee_name, cp.full_name AS committee_coordinator,
           s.scheduled_at, s.place, s.status, s.started_at, s.ended_at
         FROM sessions s LEFT JOIN committees c ON c.id = s.committee_id LEFT JOIN people cp ON cp.id = c.coordinator_id
         WHERE s.id = ? AND s.visibility = 'plenary' AND s.kind <> 'citizen_meeting'`,
      )
      .get(sessionId) as ActaSessionRow | undefined;
  },
  /**
   * Who was expected and what was recorded, as the live roster counts it: a plenary expects the
   * members active on its day (citizens, officials, honorary members), a committee meeting its
   * members; anyone recorded besides (guests, a collaborator) is on it too.
   */
  actaAttendance(db: Db, sessionId: number): ActaAttendanceRow[] {
    return db
      .prepare(
        `WITH s AS (SELECT id, kind, committee_id, substr(scheduled_at, 1, 10) AS day FROM sessions
             WHERE id = @sessionId AND visibility = 'plenary' AND kind <> 'citizen_meeting'),
         expected AS (
           SELECT p.id FROM people p, s WHERE s.kind = 'plenary' AND p.kind IN ('citizen', 'official', 'honorary')
             AND p.joined_on IS NOT NULL AND p.joined_on <= s.day AND (p.left_on IS NULL OR p.left_on > s.day)
           UNION
           SELECT m.person_id FROM committee_members m, s WHERE s.kind = 'committee_meeting' AND m.committee_id = s.committee_id
             AND m.joined_on <= s.day AND (m.left_on IS NULL OR m.left_on > s.day)
           UNION
           SELECT a.person_id FROM attendance a, s WHERE a.session_id = s.id AND a.visibility = 'plenary'
         )
         SELECT p.id AS person_id, p.full_name AS name, p.kind, p.post, p.institution, p.gov_order, p.gov_power,
           a.status, a.arrived_at, a.left_at, a.substitute_name, a.justification
         FROM expected e JOIN people p ON p.id = e.id
         LEFT JOIN attendance a ON a.session_id = @sessionId AND a.person_id = p.id AND a.visibility = 'plenary'
         ORDER BY p.full_name COLLATE NOCASE, p.id`,
      )
      .all({ sessionId }) as ActaAttendanceRow[];
  },
  /** Who held the offices that sign an acta on `day`: the coordinator and the technical secretary. */
  signingOfficers(db: Db, day: string): { role: 'coordinator' | 'technical_secretary'; name: string; post: string | null }[] {
    return db
      .prepare(
        `SELECT t.role, p.full_name AS name, p.post FROM role_terms t JOIN people p ON p.id = t.person_id
         WHERE t.role IN ('coordinator', 'technical_secretary') AND t.starts_on <= @day AND (t.ends_on IS NULL OR t.ends_on >= @day)
         ORDER BY t.role, t.starts_on DESC, t.id DESC`,
      )
      .all({ day }) as { role: 'coordinator' | 'technical_secretary'; name: string; post: string | null }[];
  },
  /** The secretary's per-item texts of a plenary's or committee meeting's minutes, JSON {itemId: text}. */
  minutesItemTexts(db: Db, sessionId: number): string | null {
    const row = db
      .prepare(
        `SELECT m.item_texts FROM minutes m JOIN sessions s ON s.id = m.session_id
         WHERE m.session_id = ? AND m.visibility = 'plenary' AND s.visibility = 'plenary' AND s.kind <> 'citizen_meeting'`,
      )
      .get(sessionId) as { item_texts: string } | undefined;
    return row?.item_texts ?? null;
  },
  /** Plenary-visible votes closed in the session, or held between sessions and closed on its day. Citizen votes never. */
  actaVotes(db: Db, sessionId: number, day: string): ActaVoteRow[] {
    return db
      .prepare(
        `SELECT v.id, v.kind, v.subject, v.result, v.electorate,
           count(CASE WHEN b.choice = 'yes' THEN 1 END) AS yes, count(CASE WHEN b.choice = 'no' THEN 1 END) AS no,
           count(CASE WHEN b.choice = 'abstain' THEN 1 END) AS abstain
         FROM votes v LEFT JOIN vote_ballots b ON b.vote_id = v.id
         WHERE v.visibility = 'plenary' AND v.closes_at IS NOT NULL
           AND (v.session_id = @sessionId OR (v.session_id IS NULL AND substr(v.closes_at, 1, 10) = @day))
         GROUP BY v.id ORDER BY v.closes_at, v.id`,
      )
      .all({ sessionId, day }) as ActaVoteRow[];
  },
  /** Each plenary-visible indicator's latest month ended before `day`'s month, against the goal in force then. */
  actaIndicators(db: Db, day: string): ActaIndicatorRow[] {
    const rows = db
      .prepare(
        `SELECT i.name, i.unit,
           (SELECT json_array(v.period, v.value) FROM indicator_values v WHERE v.indicator_id = i.id AND v.period < substr(@day, 1, 7)
             ORDER BY v.period DESC LIMIT 1) AS latest,
           (SELECT json_array(g.target, g.deadline) FROM indicator_goals g LEFT JOIN sessions gs ON gs.id = g.adopted_session_id
             WHERE g.indicator_id = i.id AND g.visibility = 'plenary' AND (gs.id IS NULL OR substr(gs.scheduled_at, 1, 10) <= @day)
             ORDER BY g.id DESC LIMIT 1) AS goal
         FROM indicators i WHERE i.visibility = 'plenary' ORDER BY i.name COLLATE NOCASE`,
      )
      .all({ day }) as { name: string; unit: 'cases' | 'rate_100k'; latest: string | null; goal: string | null }[];
    const population = (period: string): number =>
      (
        db
          .prepare(`SELECT coalesce((SELECT population FROM population_periods WHERE year = ?), (SELECT population FROM mesa WHERE id = 1)) AS n`)
          .get(Number(period.slice(0, 4))) as { n: number }
      ).n;
    return rows.flatMap((r) => {
      if (r.latest === null) return [];
      const [period, value] = JSON.parse(r.latest) as [string, number];
      const [target, deadline] = r.goal === null ? [null, null] : (JSON.parse(r.goal) as [number, string]);
      return [{ name: r.name, unit: r.unit, period, value, population: population(period), target, deadline }];
    });
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
