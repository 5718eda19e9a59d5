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
 * follow-ups and sessions are left out.
 */
export function matrixSql(plenaryOnly: boolean): string {
  return `WITH last AS (
           SELECT agreement_id, recorded_on, status, progress, note, count(*) OVER (PARTITION BY agreement_id) AS n,
             row_number() OVER (PARTITION BY agreement_id ORDER BY recorded_on DESC, id DESC) AS rn
           FROM agreement_followups ${plenaryOnly ? "WHERE visibility = 'plenary'" : ''}
         ),
         resp AS (
           SELECT r.agreement_id, json_group_array(json_array(p.id, p.full_name)) AS list
           FROM (SELECT * FROM agreement_responsibles ORDER BY agreement_id, id) r JOIN people p ON p.id = r.person_id
           GROUP BY r.agreement_id
         )
         SELECT g.id, g.code, g.text, s.id AS session_id, s.kind AS session_kind, s.plenary_type, s.number AS session_number, s.year AS session_year,
           sc.name AS session_committee, s.scheduled_at, g.committee_id, c.name AS committee, g.due_on, g.status, g.progress,
           coalesce(resp.list, '[]') AS responsibles, coalesce(last.n, 0) AS followups, last.recorded_on AS last_on, last.status AS last_status,
           last.progress AS last_progress, last.note AS last_note, g.visibility
         FROM agreements g JOIN sessions s ON s.id = g.session_id
         LEFT JOIN committees sc ON sc.id = s.committee_id
         LEFT JOIN committees c ON c.id = g.committee_id
         LEFT JOIN resp ON resp.agreement_id = g.id
         LEFT JOIN last ON last.agreement_id = g.id AND last.rn = 1
         ${plenaryOnly ? "WHERE g.visibility = 'plenary' AND s.visibility = 'plenary' AND s.kind <> 'citizen_meeting'" : ''}
         ORDER BY s.scheduled_at, s.id, g.seq`;
}

export const matrixRepository = {
  /** Every agreement, citizen-only ones included: the coordinator's own matrix. */
  rows(db: Db): MatrixDbRow[] {
    return db.prepare(matrixSql(false)).all() as MatrixDbRow[];
  },
};
