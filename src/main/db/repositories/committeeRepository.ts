import type { Db } from '../sqlite.js';
import type { CommitteeDto, CommitteeInputDto, CommitteeMemberDto } from '../../../shared/ipc/contract.js';

export type CommitteeKind = 'executive' | 'indicators' | 'working';

interface Row {
  id: number;
  name: string;
  kind: CommitteeKind;
  axis: string | null;
  description: string | null;
  coordinator_id: number | null;
  coordinator_name: string | null;
  substitute_id: number | null;
  substitute_name: string | null;
  created_on: string;
  dissolved_on: string | null;
}

const SELECT = `SELECT c.*, pc.full_name AS coordinator_name, ps.full_name AS substitute_name
  FROM committees c LEFT JOIN people pc ON pc.id = c.coordinator_id LEFT JOIN people ps ON ps.id = c.substitute_id`;

export interface MembershipRow {
  committee_id: number;
  person_id: number;
  joined_on: string;
  left_on: string | null;
  dissolved_on: string | null;
}

export const committeeRepository = {
  insert(db: Db, c: { name: string; kind: CommitteeKind; axis: string | null; createdOn: string } & Partial<CommitteeInputDto>): number {
    return Number(
      db
        .prepare(
          `INSERT INTO committees (name, kind, axis, description, coordinator_id, substitute_id, created_on, dissolved_on)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
        )
        .run(c.name, c.kind, c.axis, c.description ?? null, c.coordinatorId ?? null, c.substituteId ?? null, c.createdOn, c.dissolvedOn ?? null)
        .lastInsertRowid,
    );
  },
  update(db: Db, id: number, c: CommitteeInputDto): void {
    db.prepare(
      `UPDATE committees SET name = ?, axis = ?, description = ?, coordinator_id = ?, substitute_id = ?, created_on = ?, dissolved_on = ?,
         updated_at = strftime('%Y-%m-%dT%H:%M:%fZ','now') WHERE id = ?`,
    ).run(c.name, c.axis, c.description, c.coordinatorId, c.substituteId, c.createdOn, c.dissolvedOn, id);
  },
  list(db: Db, today: string): CommitteeDto[] {
    const rows = db.prepare(`${SELECT} ORDER BY CASE c.kind WHEN 'executive' THEN 0 WHEN 'indicators' THEN 1 ELSE 2 END, c.name`).all() as Row[];
    const members = currentMembers(db, today);
    return rows.map((r) => toDto(r, members.get(r.id) ?? []));
  },
  get(db: Db, id: number, today: string): CommitteeDto | undefined {
    const row = db.prepare(`${SELECT} WHERE c.id = ?`).get(id) as Row | undefined;
    return row ? toDto(row, currentMembers(db, today).get(id) ?? []) : undefined;
  },
  exists(db: Db, id: number): boolean {
    return db.prepare('SELECT 1 FROM committees WHERE id = ?').get(id) !== undefined;
  },
  nameTaken(db: Db, name: string, exceptId: number | null): boolean {
    return db.prepare('SELECT 1 FROM committees WHERE name = ? COLLATE NOCASE AND id IS NOT ?').get(name, exceptId) !== undefined;
  },
  currentMembership(db: Db, committeeId: number, personId: number, today: string): number | undefined {
    return (
      db
        .prepare('SELECT id FROM committee_members WHERE committee_id = ? AND person_id = ? AND (left_on IS NULL OR left_on > ?)')
        .get(committeeId, personId, today) as { id: number } | undefined
    )?.id;
  },
  addMember(db: Db, committeeId: number, personId: number, joinedOn: string): number {
    return Number(
      db.prepare('INSERT INTO committee_members (committee_id, person_id, joined_on) VALUES (?, ?, ?)').run(committeeId, personId, joinedOn)
        .lastInsertRowid,
    );
  },
  endMembership(db: Db, membershipId: number, leftOn: string): void {
    db.prepare('UPDATE committee_members SET left_on = ? WHERE id = ?').run(leftOn, membershipId);
  },
  /** Every membership of every person, with the committee's dissolution date. */
  memberships(db: Db): MembershipRow[] {
    return db
      .prepare(
        `SELECT m.committee_id, m.person_id, m.joined_on, m.left_on, c.dissolved_on
         FROM committee_members m JOIN committees c ON c.id = m.committee_id`,
      )
      .all() as MembershipRow[];
  },
};

function currentMembers(db: Db, today: string): Map<number, CommitteeMemberDto[]> {
  const rows = db
    .prepare(
      `SELECT m.committee_id, p.id AS person_id, p.full_name, p.kind, m.joined_on FROM committee_members m
       JOIN people p ON p.id = m.person_id WHERE m.left_on IS NULL OR m.left_on > ? ORDER BY p.full_name`,
    )
    .all(today) as { committee_id: number; person_id: number; full_name: string; kind: CommitteeMemberDto['kind']; joined_on: string }[];
  const map = new Map<number, CommitteeMemberDto[]>();
  for (const r of rows) {
    map.set(r.committee_id, [...(map.get(r.committee_id) ?? []), { personId: r.person_id, name: r.full_name, kind: r.kind, joinedOn: r.joined_on }]);
  }
  return map;
}

function toDto(r: Row, members: CommitteeMemberDto[]): CommitteeDto {
  return {
    id: r.id,
    name: r.name,
    kind: r.kind,
    axis: r.axis,
    description: r.description,
    coordinatorId: r.coordinator_id,
    coordinatorName: r.coordinator_name,
    substituteId: r.substitute_id,
    substituteName: r.substitute_name,
    createdOn: r.created_on,
    dissolvedOn: r.dissolved_on,
    members,
  };
}
