import type { Db } from '../sqlite.js';
import type { AttendanceStatus } from '../../../shared/domain/compliance.js';
import type { PersonKind } from '../../../shared/domain/people.js';

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

export interface RosterRow {
  person_id: number;
  name: string;
  kind: PersonKind;
  post: string | null;
  institution: string | null;
  attendance_id: number | null;
  status: AttendanceStatus | null;
  arrived_at: string | null;
  left_at: string | null;
  substitute_name: string | null;
  justification: string | null;
}

/** Who is expected at a session and what was recorded for them. */
export const rosterRepository = {
  /**
   * A plenary expects the Mesa's members on its day (citizens, officials, honorary members); a
   * citizen meeting the citizens; a committee meeting its members. Anyone already recorded stays on the roster.
   */
  roster(db: Db, sessionId: number): RosterRow[] {
    return db
      .prepare(
        `WITH s AS (SELECT id, kind, committee_id, substr(scheduled_at, 1, 10) AS day FROM sessions WHERE id = @sessionId),
         expected AS (
           SELECT p.id FROM people p, s WHERE s.kind = 'plenary' AND p.kind IN ('citizen', 'official', 'honorary')
             AND p.joined_on IS NOT NULL AND p.joined_on <= s.day AND (p.left_on IS NULL OR p.left_on > s.day)
           UNION
           SELECT p.id FROM people p, s WHERE s.kind = 'citizen_meeting' AND p.kind = 'citizen'
             AND p.joined_on IS NOT NULL AND p.joined_on <= s.day AND (p.left_on IS NULL OR p.left_on > s.day)
           UNION
           SELECT m.person_id FROM committee_members m, s WHERE s.kind = 'committee_meeting' AND m.committee_id = s.committee_id
             AND m.joined_on <= s.day AND (m.left_on IS NULL OR m.left_on > s.day)
           UNION
           SELECT person_id FROM attendance WHERE session_id = @sessionId
         )
         SELECT p.id AS person_id, p.full_name AS name, p.kind, p.post, p.institution, a.id AS attendance_id, a.status,
           a.arrived_at, a.left_at, a.substitute_name, a.justification
         FROM expected e JOIN people p ON p.id = e.id LEFT JOIN attendance a ON a.session_id = @sessionId AND a.person_id = p.id
         ORDER BY CASE p.kind WHEN 'citizen' THEN 0 WHEN 'official' THEN 1 ELSE 2 END, p.full_name COLLATE NOCASE, p.id`,
      )
      .all({ sessionId }) as RosterRow[];
  },
  find(db: Db, sessionId: number, personId: number): { id: number } | undefined {
    return db.prepare('SELECT id FROM attendance WHERE session_id = ? AND person_id = ?').get(sessionId, personId) as { id: number } | undefined;
  },
  upsert(
    db: Db,
    a: { sessionId: number; personId: number; status: AttendanceStatus; arrivedAt: string | null; leftAt: string | null; substituteName: string | null; justification: string | null },
  ): { id: number; created: boolean } {
    const existing = this.find(db, a.sessionId, a.personId);
    if (existing) {
      db.prepare(
        `UPDATE attendance SET status = ?, arrived_at = ?, left_at = ?, substitute_name = ?, justification = ?, updated_at = strftime('%Y-%m-%dT%H:%M:%fZ','now') WHERE id = ?`,
      ).run(a.status, a.arrivedAt, a.leftAt, a.substituteName, a.justification, existing.id);
      return { id: existing.id, created: false };
    }
    const id = db
      .prepare(
        `INSERT INTO attendance (session_id, person_id, status, arrived_at, left_at, substitute_name, justification, visibility) VALUES (?, ?, ?, ?, ?, ?, ?, 'plenary')`,
      )
      .run(a.sessionId, a.personId, a.status, a.arrivedAt, a.leftAt, a.substituteName, a.justification).lastInsertRowid;
    return { id: Number(id), created: true };
  },
  remove(db: Db, id: number): void {
    db.prepare('DELETE FROM attendance WHERE id = ?').run(id);
  },
};
