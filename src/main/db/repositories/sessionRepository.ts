import type { Db } from '../sqlite.js';
import type { SessionDto } from '../../../shared/ipc/contract.js';
import { sessionTitle, type PlenaryType, type SessionKind, type SessionStatus } from '../../../shared/domain/sessions.js';

interface Row {
  id: number;
  kind: SessionKind;
  plenary_type: PlenaryType | null;
  number: number;
  year: number;
  scheduled_at: string;
  place: string | null;
  status: SessionStatus;
  committee_id: number | null;
  committee_name: string | null;
  prepares_session_id: number | null;
  prepared_by: number | null;
  convocation_sent_on: string | null;
}

const SELECT = `SELECT s.id, s.kind, s.plenary_type, s.number, s.year, s.scheduled_at, s.place, s.status, s.committee_id,
    c.name AS committee_name, s.prepares_session_id, s.convocation_sent_on,
    (SELECT m.id FROM sessions m WHERE m.prepares_session_id = s.id AND m.kind = 'citizen_meeting' ORDER BY m.id LIMIT 1) AS prepared_by
  FROM sessions s LEFT JOIN committees c ON c.id = s.committee_id`;

const toDto = (r: Row): SessionDto => ({
  id: r.id,
  kind: r.kind,
  plenaryType: r.plenary_type,
  number: r.number,
  year: r.year,
  title: sessionTitle({ kind: r.kind, plenaryType: r.plenary_type, number: r.number, year: r.year, committeeName: r.committee_name }),
  scheduledAt: r.scheduled_at,
  place: r.place,
  status: r.status,
  committeeId: r.committee_id,
  committeeName: r.committee_name,
  preparesSessionId: r.prepares_session_id,
  preparedBySessionId: r.prepared_by,
  convocationSentOn: r.convocation_sent_on,
});

export const sessionRepository = {
  list(db: Db): SessionDto[] {
    return (db.prepare(`${SELECT} ORDER BY s.scheduled_at DESC, s.id DESC`).all() as Row[]).map(toDto);
  },
  get(db: Db, id: number): SessionDto | undefined {
    const row = db.prepare(`${SELECT} WHERE s.id = ?`).get(id) as Row | undefined;
    return row ? toDto(row) : undefined;
  },
  /** Numbers run per kind (and plenary type, and committee) and year. */
  nextNumber(db: Db, s: { kind: SessionKind; plenaryType: PlenaryType | null; committeeId: number | null; year: number }): number {
    const row = db
      .prepare(
        `SELECT max(number) AS n FROM sessions WHERE kind = ? AND ifnull(plenary_type,'') = ifnull(?,'') AND ifnull(committee_id,0) = ifnull(?,0) AND year = ?`,
      )
      .get(s.kind, s.plenaryType, s.committeeId, s.year) as { n: number | null };
    return (row.n ?? 0) + 1;
  },
  numberTaken(db: Db, s: { kind: SessionKind; plenaryType: PlenaryType | null; committeeId: number | null; year: number; number: number }): boolean {
    return (
      db
        .prepare(
          `SELECT 1 FROM sessions WHERE kind = ? AND ifnull(plenary_type,'') = ifnull(?,'') AND ifnull(committee_id,0) = ifnull(?,0) AND year = ? AND number = ?`,
        )
        .get(s.kind, s.plenaryType, s.committeeId, s.year, s.number) !== undefined
    );
  },
  insert(
    db: Db,
    s: { kind: SessionKind; plenaryType: PlenaryType | null; number: number; year: number; committeeId: number | null; preparesSessionId: number | null; scheduledAt: string; place: string | null },
  ): number {
    // A citizen meeting is citizen-only as a whole (DESIGN.md "Data").
    const visibility = s.kind === 'citizen_meeting' ? 'citizens' : 'plenary';
    return Number(
      db
        .prepare(
          `INSERT INTO sessions (kind, plenary_type, number, year, committee_id, prepares_session_id, scheduled_at, place, visibility)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
        )
        .run(s.kind, s.plenaryType, s.number, s.year, s.committeeId, s.preparesSessionId, s.scheduledAt, s.place, visibility).lastInsertRowid,
    );
  },
  update(db: Db, id: number, scheduledAt: string, place: string | null): void {
    db.prepare(`UPDATE sessions SET scheduled_at = ?, place = ?, updated_at = strftime('%Y-%m-%dT%H:%M:%fZ','now') WHERE id = ?`).run(scheduledAt, place, id);
  },
  setStatus(db: Db, id: number, status: SessionStatus): void {
    db.prepare(`UPDATE sessions SET status = ?, updated_at = strftime('%Y-%m-%dT%H:%M:%fZ','now') WHERE id = ?`).run(status, id);
  },
  setConvocation(db: Db, id: number, sentOn: string | null): void {
    db.prepare(`UPDATE sessions SET convocation_sent_on = ?, updated_at = strftime('%Y-%m-%dT%H:%M:%fZ','now') WHERE id = ?`).run(sentOn, id);
  },
  /** The day of a committee's last meeting before `day`, if it ever met. */
  lastCommitteeMeetingBefore(db: Db, committeeId: number, day: string): string | null {
    return (
      db
        .prepare(`SELECT max(substr(scheduled_at, 1, 10)) AS day FROM sessions WHERE kind = 'committee_meeting' AND committee_id = ? AND substr(scheduled_at, 1, 10) < ?`)
        .get(committeeId, day) as { day: string | null }
    ).day;
  },
  /** Each committee (not dissolved) with the date of its last meeting held or scheduled up to `today`. */
  committeeActivity(db: Db, today: string): { id: number; name: string; createdOn: string; lastMeetingOn: string | null }[] {
    return db
      .prepare(
        `SELECT c.id, c.name, c.created_on AS createdOn,
           (SELECT max(substr(s.scheduled_at, 1, 10)) FROM sessions s WHERE s.committee_id = c.id AND substr(s.scheduled_at, 1, 10) <= @today) AS lastMeetingOn
         FROM committees c WHERE c.dissolved_on IS NULL OR c.dissolved_on > @today ORDER BY c.name`,
      )
      .all({ today }) as { id: number; name: string; createdOn: string; lastMeetingOn: string | null }[];
  },
};
