import type { Db } from '../sqlite.js';
import type { AgreementStatus } from '../../../shared/domain/live.js';
import type { PlenaryType, SessionKind } from '../../../shared/domain/sessions.js';

export interface MatrixDbRow {
  id: number;
  code: string;
  text: string;
  session_id: number;
  session_kind: SessionKind;
  plenary_type: PlenaryType | null;
  session_number: number;
  session_year: number;
  session_committee: string | null;
  scheduled_at: string;
  committee_id: number | null;
  committee: string | null;
  due_on: string | null;
  status: AgreementStatus;
  progress: number;
  /** JSON array of [personId, name], in the order they were named. */
  responsibles: string;
  followups: number;
  last_on: string | null;
  last_status: AgreementStatus | null;
  last_progress: number | null;
  last_note: string | null;
  visibility: 'plenary' | 'citizens';
}

/**
 * The whole matrix in one query: one row per agreement with its responsibles and its latest
 * follow-up. With `plenaryOnly` (used by plenaryReadRepository only) citizen-only agreements,
 * follow-ups and sessions are left out. With `oneAgreement` the query takes `@id` and reads
 * only that agreement (the detail view).
 *
 * The latest follow-up is found per agreement by walking the (agreement_id, recorded_on) index
 * backwards: over 5,000 agreements and 25,000 follow-ups this takes about half the time of a
 * window function over every follow-up.
 */
export function matrixSql(plenaryOnly: boolean, oneAgreement = false): string {
  const followupVisible = plenaryOnly ? "AND f.visibility = 'plenary'" : '';
  const where = [plenaryOnly ? "g.visibility = 'plenary' AND s.visibility = 'plenary' AND s.kind <> 'citizen_meeting'" : '', oneAgreement ? 'g.id = @id' : ''].filter(Boolean);
  return `WITH resp AS (
           SELECT r.agreement_id, json_group_array(json_array(p.id, p.full_name)) AS list
           FROM (SELECT * FROM agreement_responsibles ${oneAgreement ? 'WHERE agreement_id = @id' : ''} ORDER BY agreement_id, id) r JOIN people p ON p.id = r.person_id
           GROUP BY r.agreement_id
         )
         SELECT g.id, g.code, g.text, s.id AS session_id, s.kind AS session_kind, s.plenary_type, s.number AS session_number, s.year AS session_year,
           sc.name AS session_committee, s.scheduled_at, g.committee_id, c.name AS committee, g.due_on, g.status, g.progress,
           coalesce(resp.list, '[]') AS responsibles,
           (SELECT count(*) FROM agreement_followups f WHERE f.agreement_id = g.id ${followupVisible}) AS followups,
           last.recorded_on AS last_on, last.status AS last_status, last.progress AS last_progress, last.note AS last_note, g.visibility
         FROM agreements g JOIN sessions s ON s.id = g.session_id
         LEFT JOIN committees sc ON sc.id = s.committee_id
         LEFT JOIN committees c ON c.id = g.committee_id
         LEFT JOIN resp ON resp.agreement_id = g.id
         LEFT JOIN agreement_followups last ON last.id =
           (SELECT f.id FROM agreement_followups f WHERE f.agreement_id = g.id ${followupVisible} ORDER BY f.recorded_on DESC, f.id DESC LIMIT 1)
         ${where.length > 0 ? `WHERE ${where.join(' AND ')}` : ''}
         ORDER BY s.scheduled_at, s.id, g.seq`;
}

export const matrixRepository = {
  /** Every agreement, citizen-only ones included: the coordinator's own matrix. */
  rows(db: Db): MatrixDbRow[] {
    return db.prepare(matrixSql(false)).all() as MatrixDbRow[];
  },
  /** One agreement as a matrix row, citizen-only or not. */
  one(db: Db, id: number): MatrixDbRow | undefined {
    return db.prepare(matrixSql(false, true)).get({ id }) as MatrixDbRow | undefined;
  },
};
