import type { Db } from '../sqlite.js';
import type { AttendanceStatus } from '../../../shared/domain/compliance.js';

export interface CitizenSessionAttendance {
  personId: number;
  name: string;
  /** One entry per citizen meeting or plenary held in the period while the citizen was a member. */
  statuses: AttendanceStatus[];
}

export const attendanceRepository = {
  /**
   * Citizen meetings and plenaries held (live, closed or signed) between `from` and `to`,
   * crossed with the citizens who were members on each date. A session with no attendance
   * record for a member counts as an unjustified absence: the secretary records who came and
   * who justified an absence.
   */
  citizenAttendance(db: Db, from: string, to: string): CitizenSessionAttendance[] {
    const rows = db
      .prepare(
        `SELECT p.id AS person_id, p.full_name AS name, a.status
         FROM people p
         JOIN sessions s ON s.kind IN ('plenary', 'citizen_meeting') AND s.status IN ('live', 'closed', 'signed')
           AND substr(s.scheduled_at, 1, 10) BETWEEN @from AND @to
           AND p.joined_on IS NOT NULL AND p.joined_on <= substr(s.scheduled_at, 1, 10)
           AND (p.left_on IS NULL OR p.left_on > substr(s.scheduled_at, 1, 10))
         LEFT JOIN attendance a ON a.session_id = s.id AND a.person_id = p.id
         WHERE p.kind = 'citizen'
         ORDER BY p.full_name COLLATE NOCASE, p.id`,
      )
      .all({ from, to }) as { person_id: number; name: string; status: AttendanceStatus | null }[];
    const byPerson = new Map<number, CitizenSessionAttendance>();
    for (const r of rows) {
      const entry = byPerson.get(r.person_id) ?? { personId: r.person_id, name: r.name, statuses: [] };
      entry.statuses.push(r.status ?? 'absent_unjustified');
      byPerson.set(r.person_id, entry);
    }
    return [...byPerson.values()];
  },
  /** Citizens who were members at some point of the period but had no session to attend. */
  citizensActiveIn(db: Db, from: string, to: string): { personId: number; name: string }[] {
    return db
      .prepare(
        `SELECT id AS personId, full_name AS name FROM people WHERE kind = 'citizen' AND joined_on IS NOT NULL
         AND joined_on <= @to AND (left_on IS NULL OR left_on > @from) ORDER BY full_name COLLATE NOCASE, id`,
      )
      .all({ from, to }) as { personId: number; name: string }[];
  },
};
