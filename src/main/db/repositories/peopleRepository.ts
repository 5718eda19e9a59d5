import type { Db } from '../sqlite.js';
import type { PeopleFilterDto, PersonDto, PersonInputDto } from '../../../shared/ipc/contract.js';
import { isActiveOn } from '../../../shared/domain/people.js';

interface PersonRow {
  id: number;
  kind: PersonDto['kind'];
  full_name: string;
  email: string | null;
  phone: string | null;
  post: string | null;
  institution: string | null;
  gov_order: PersonDto['order'];
  gov_power: PersonDto['power'];
  substitute_id: number | null;
  substitute_name: string | null;
  joined_on: string | null;
  left_on: string | null;
  leave_reason: PersonDto['leaveReason'];
  notes: string | null;
}

const SELECT = `SELECT p.*, s.full_name AS substitute_name FROM people p LEFT JOIN people s ON s.id = p.substitute_id`;

function toDto(row: PersonRow, committees: { id: number; name: string }[], today: string): PersonDto {
  return {
    id: row.id,
    kind: row.kind,
    fullName: row.full_name,
    email: row.email,
    phone: row.phone,
    post: row.post,
    institution: row.institution,
    order: row.gov_order,
    power: row.gov_power,
    substituteId: row.substitute_id,
    substituteName: row.substitute_name,
    joinedOn: row.joined_on,
    leftOn: row.left_on,
    leaveReason: row.leave_reason,
    notes: row.notes,
    active: isActiveOn({ joinedOn: row.joined_on, leftOn: row.left_on }, today),
    committees,
  };
}

const params = (p: PersonInputDto) => ({
  kind: p.kind,
  full_name: p.fullName.trim(),
  email: p.email,
  phone: p.phone,
  post: p.post,
  institution: p.institution,
  gov_order: p.order,
  gov_power: p.power,
  substitute_id: p.substituteId,
  joined_on: p.joinedOn,
  left_on: p.leftOn,
  leave_reason: p.leaveReason,
  notes: p.notes,
});

/** Current committee memberships (not left, committee not dissolved) per person. */
function committeesByPerson(db: Db, today: string): Map<number, { id: number; name: string }[]> {
  const rows = db
    .prepare(
      `SELECT m.person_id, c.id, c.name FROM committee_members m JOIN committees c ON c.id = m.committee_id
       WHERE (m.left_on IS NULL OR m.left_on > ?) AND (c.dissolved_on IS NULL OR c.dissolved_on > ?)
       ORDER BY c.name`,
    )
    .all(today, today) as { person_id: number; id: number; name: string }[];
  const map = new Map<number, { id: number; name: string }[]>();
  for (const r of rows) map.set(r.person_id, [...(map.get(r.person_id) ?? []), { id: r.id, name: r.name }]);
  return map;
}

export const peopleRepository = {
  list(db: Db, filter: PeopleFilterDto, today: string): PersonDto[] {
    const where: string[] = [];
    const args: Record<string, unknown> = { today };
    if (filter.kind) {
      where.push('p.kind = @kind');
      args.kind = filter.kind;
    }
    if (filter.committeeId !== undefined) {
      where.push(`p.id IN (SELECT person_id FROM committee_members WHERE committee_id = @committee AND (left_on IS NULL OR left_on > @today))`);
      args.committee = filter.committeeId;
    }
    if (filter.active !== undefined) {
      const active = `(p.joined_on IS NOT NULL AND p.joined_on <= @today AND (p.left_on IS NULL OR p.left_on > @today))`;
      where.push(filter.active ? active : `NOT ${active}`);
    }
    const rows = db
      .prepare(`${SELECT} ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY p.full_name COLLATE NOCASE`)
      .all(args) as PersonRow[];
    const committees = committeesByPerson(db, today);
    return rows.map((r) => toDto(r, committees.get(r.id) ?? [], today));
  },
  get(db: Db, id: number, today: string): PersonDto | undefined {
    const row = db.prepare(`${SELECT} WHERE p.id = ?`).get(id) as PersonRow | undefined;
    return row ? toDto(row, committeesByPerson(db, today).get(id) ?? [], today) : undefined;
  },
  kindOf(db: Db, id: number): PersonDto['kind'] | undefined {
    return (db.prepare('SELECT kind FROM people WHERE id = ?').get(id) as { kind: PersonDto['kind'] } | undefined)?.kind;
  },
  insert(db: Db, p: PersonInputDto): number {
    return Number(
      db
        .prepare(
          `INSERT INTO people (kind, full_name, email, phone, post, institution, gov_order, gov_power, substitute_id, joined_on, left_on, leave_reason, notes)
           VALUES (@kind, @full_name, @email, @phone, @post, @institution, @gov_order, @gov_power, @substitute_id, @joined_on, @left_on, @leave_reason, @notes)`,
        )
        .run(params(p)).lastInsertRowid,
    );
  },
  update(db: Db, id: number, p: PersonInputDto): void {
    db.prepare(
      `UPDATE people SET kind = @kind, full_name = @full_name, email = @email, phone = @phone, post = @post,
         institution = @institution, gov_order = @gov_order, gov_power = @gov_power, substitute_id = @substitute_id,
         joined_on = @joined_on, left_on = @left_on, leave_reason = @leave_reason, notes = @notes,
         updated_at = strftime('%Y-%m-%dT%H:%M:%fZ','now')
       WHERE id = @id`,
    ).run({ ...params(p), id });
  },
  /** id and name of everyone, for duplicate checks. */
  names(db: Db): { id: number; full_name: string }[] {
    return db.prepare('SELECT id, full_name FROM people').all() as { id: number; full_name: string }[];
  },
  /** Citizens active on `day`: the electorate of a vote. */
  activeCitizenIds(db: Db, day: string): number[] {
    return (
      db
        .prepare(
          `SELECT id FROM people WHERE kind = 'citizen' AND joined_on IS NOT NULL AND joined_on <= ? AND (left_on IS NULL OR left_on > ?) ORDER BY full_name`,
        )
        .all(day, day) as { id: number }[]
    ).map((r) => r.id);
  },
  setJoinedOn(db: Db, id: number, day: string): void {
    db.prepare(`UPDATE people SET joined_on = ?, updated_at = strftime('%Y-%m-%dT%H:%M:%fZ','now') WHERE id = ?`).run(day, id);
  },
};
