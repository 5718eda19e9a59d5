import { describe, expect, it } from 'vitest';
import { official, openServices, person } from '../support/servicesHarness.js';
import type { Services } from '../../src/main/services/services.js';

/**
 * Sessions and attendance arrive with issues 5 and 6; until then this test writes them with
 * SQL, the way those services will store them.
 */
function heldSession(s: Services, kind: 'plenary' | 'citizen_meeting' | 'committee_meeting', number: number, date: string): number {
  const db = s.workspace.connection();
  const committee = kind === 'committee_meeting' ? 1 : null;
  return Number(
    db
      .prepare(
        `INSERT INTO sessions (kind, plenary_type, number, year, committee_id, scheduled_at, status, visibility)
         VALUES (?, ?, ?, 2026, ?, ?, 'closed', ?)`,
      )
      .run(kind, kind === 'plenary' ? 'ordinary' : null, number, committee, `${date}T17:00:00`, kind === 'citizen_meeting' ? 'citizens' : 'plenary').lastInsertRowid,
  );
}

function attend(s: Services, sessionId: number, personId: number, status: string): void {
  s.workspace.connection().prepare('INSERT INTO attendance (session_id, person_id, status) VALUES (?, ?, ?)').run(sessionId, personId, status);
}

describe('attendance compliance', () => {
  it('counts unjustified absences over citizen meetings and plenaries and flags above 20%', () => {
    const { s } = openServices('2026-12-31');
    const ana = s.people.create(person('Ana', { joinedOn: '2026-01-01' }));
    const beto = s.people.create(person('Beto', { joinedOn: '2026-01-01' }));
    const late = s.people.create(person('Carla', { joinedOn: '2026-09-01' }));
    const luis = s.people.create(official('Luis', { joinedOn: '2026-01-01' }));
    const sessions: number[] = [];
    for (let m = 1; m <= 5; m++) {
      sessions.push(heldSession(s, 'plenary', m, `2026-${String(m * 2).padStart(2, '0')}-10`));
      sessions.push(heldSession(s, 'citizen_meeting', m, `2026-${String(m * 2).padStart(2, '0')}-05`));
    }
    // Committee meetings do not count.
    heldSession(s, 'committee_meeting', 1, '2026-03-01');
    for (const id of sessions) {
      attend(s, id, luis.id, 'absent_unjustified');
      attend(s, id, ana.id, 'present');
    }
    // Beto: 2 unjustified of 10 (20%: allowed), 1 justified.
    sessions.forEach((id, i) => attend(s, id, beto.id, i < 2 ? 'absent_unjustified' : i === 2 ? 'absent_justified' : 'present'));
    const report = s.compliance.attendance('2026-01-01', '2026-12-31');
    expect(report.thresholdPct).toBe(20);
    // Carla joined in September: two sessions (October) count for her, with no record: unjustified.
    expect(report.rows).toEqual([
      { personId: late.id, name: 'Carla', sessions: 2, unjustified: 2, unjustifiedPct: 100, flagged: true },
      { personId: beto.id, name: 'Beto', sessions: 10, unjustified: 2, unjustifiedPct: 20, flagged: false },
      { personId: ana.id, name: 'Ana', sessions: 10, unjustified: 0, unjustifiedPct: 0, flagged: false },
    ]);
    s.rules.set({ maxUnjustifiedAbsencePct: 15 });
    expect(s.compliance.attendance('2026-01-01', '2026-12-31').rows.filter((r) => r.flagged).map((r) => r.name)).toEqual(['Carla', 'Beto']);
    expect(() => s.compliance.attendance('2026-12-31', '2026-01-01')).toThrow(/termina antes/);
  });
});
