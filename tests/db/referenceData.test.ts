import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeMesa, type MesaOptions } from '../../src/main/demo/reference/referenceMesa.js';
import { ReferenceClock, writeReferencePlenary, type PlenarySize } from '../../src/main/demo/reference/referencePlenary.js';
import { createServices, type Services } from '../../src/main/services/services.js';
import { DOMAIN_TABLES } from '../../src/main/db/repositories/tables.js';
import { PASSPHRASE, createWorkspace, tempDir } from '../support/tempWorkspace.js';

const SMALL: MesaOptions = { size: { months: 6, people: 40, committeeMeetings: 12, agreements: 30, followups: 90, indicators: 3 }, seed: 7, lastMonth: '2026-10' };
const SMALL_PLENARY: PlenarySize = { attendees: 8, items: 10, agreements: 4, followups: 6, hours: 1 };

function open(clock?: ReferenceClock): Services {
  const file = createWorkspace();
  const s = createServices({ preferencesDir: path.join(tempDir(), 'prefs'), ...(clock ? { now: clock.now, today: () => clock.now().toISOString().slice(0, 10) } : {}) });
  s.workspace.unlock({ path: file, passphrase: PASSPHRASE });
  return s;
}

/** Every domain row without ids' meaning lost: stamps and the audit log (which holds the real time) left out. */
function content(s: Services): Record<string, unknown[]> {
  const db = s.workspace.connection();
  const out: Record<string, unknown[]> = {};
  for (const table of DOMAIN_TABLES) {
    out[table] = (db.prepare(`SELECT * FROM ${table} ORDER BY id`).all() as Record<string, unknown>[]).map(({ created_at: _c, updated_at: _u, ...row }) => row);
  }
  return out;
}

function count(s: Services, sql: string): number {
  return (s.workspace.connection().prepare(sql).get() as { n: number }).n;
}

describe('reference data (issue 10), at a small size', () => {
  it('writes the ten-year Mesa to the sizes asked for, audited, and the same seed gives the same content', () => {
    const a = open();
    const counts = writeMesa(a.workspace.connection(), SMALL);
    expect(counts).toMatchObject({ people: 40, plenaries: 6, citizenMeetings: 6, committeeMeetings: 12, agreements: 30, followups: 90, indicatorValues: 18 });
    expect(count(a, 'SELECT count(*) AS n FROM agreement_followups')).toBe(90);
    expect(count(a, `SELECT count(*) AS n FROM sessions WHERE status = 'closed'`)).toBe(24);
    expect(count(a, 'SELECT count(*) AS n FROM agreements WHERE status <> \'pendiente\'')).toBeGreaterThan(0);
    // Citizen-only preparation notes exist, and only with that visibility.
    expect(count(a, `SELECT count(*) AS n FROM preparation_notes WHERE visibility = 'citizens' AND length(body) > 100`)).toBe(18);
    expect(count(a, `SELECT count(*) AS n FROM preparation_notes WHERE visibility <> 'citizens'`)).toBe(0);
    const report = a.workspace.verify();
    expect([...report.integrity, ...report.foreignKeys, ...report.audit.problems]).toEqual([]);
    expect(report.ok).toBe(true);
    expect(a.agreements.matrix()).toHaveLength(30);

    const b = open();
    writeMesa(b.workspace.connection(), SMALL);
    expect(content(b)).toEqual(content(a));
    const c = open();
    writeMesa(c.workspace.connection(), { ...SMALL, seed: 8 });
    expect(content(c)).not.toEqual(content(a));
    for (const s of [a, b, c]) s.workspace.close();
  });

  it('runs the reference plenary up to its close, with citizen-only preparation notes, the same for the same seed', () => {
    const build = () => {
      const clock = new ReferenceClock();
      const s = open(clock);
      const r = writeReferencePlenary(s, clock, { size: SMALL_PLENARY, seed: 3, day: '2026-11-18' });
      return { s, r };
    };
    const { s, r } = build();
    const live = s.live.get(r.plenaryId);
    expect(live.session.status).toBe('live');
    expect(live.items).toHaveLength(10);
    expect(live.roster).toHaveLength(8);
    expect(live.roster.every((x) => x.status !== null)).toBe(true);
    expect(new Set(live.roster.map((x) => x.kind))).toEqual(new Set(['citizen', 'official', 'honorary']));
    expect(live.agreements).toHaveLength(4);
    expect(live.followups.filter((f) => f.recorded !== null)).toHaveLength(6);
    expect(live.items.every((i) => i.notes.split(' ').length >= 150)).toBe(true);
    expect(count(s, `SELECT count(*) AS n FROM preparation_notes WHERE visibility = 'citizens' AND citizen_meeting_id = ${r.citizenMeetingId}`)).toBe(10);
    expect(s.workspace.verify().ok).toBe(true);

    const again = build();
    expect(content(again.s)).toEqual(content(s));
    s.workspace.close();
    again.s.workspace.close();
  });
});
