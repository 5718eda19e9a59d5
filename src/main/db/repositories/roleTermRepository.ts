import type { Db } from '../sqlite.js';
import type { RoleTermDto } from '../../../shared/ipc/contract.js';
import type { RoleKind } from '../../../shared/domain/roles.js';
import { inOffice } from '../../../shared/domain/roles.js';

interface Row {
  id: number;
  person_id: number;
  person_name: string;
  role: RoleKind;
  starts_on: string;
  ends_on: string | null;
}

const SELECT = `SELECT t.id, t.person_id, p.full_name AS person_name, t.role, t.starts_on, t.ends_on
  FROM role_terms t JOIN people p ON p.id = t.person_id`;

const toDto = (r: Row, today: string): RoleTermDto => ({
  id: r.id,
  personId: r.person_id,
  personName: r.person_name,
  role: r.role,
  startsOn: r.starts_on,
  endsOn: r.ends_on,
  current: inOffice({ role: r.role, startsOn: r.starts_on, endsOn: r.ends_on }, today),
});

export const roleTermRepository = {
  list(db: Db, today: string): RoleTermDto[] {
    return (db.prepare(`${SELECT} ORDER BY t.starts_on DESC, t.id DESC`).all() as Row[]).map((r) => toDto(r, today));
  },
  get(db: Db, id: number, today: string): RoleTermDto | undefined {
    const row = db.prepare(`${SELECT} WHERE t.id = ?`).get(id) as Row | undefined;
    return row ? toDto(row, today) : undefined;
  },
  insert(db: Db, t: { personId: number; role: RoleKind; startsOn: string; endsOn: string | null }): number {
    return Number(
      db.prepare('INSERT INTO role_terms (person_id, role, starts_on, ends_on) VALUES (?, ?, ?, ?)').run(t.personId, t.role, t.startsOn, t.endsOn)
        .lastInsertRowid,
    );
  },
  end(db: Db, id: number, endsOn: string): void {
    db.prepare(`UPDATE role_terms SET ends_on = ?, updated_at = strftime('%Y-%m-%dT%H:%M:%fZ','now') WHERE id = ?`).run(endsOn, id);
  },
};
