import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createDemoWorkspace, type DemoSummary } from '../../src/main/demo/demoWorkspace.js';
import { createServices, type Services } from '../../src/main/services/services.js';
import { LiveService } from '../../src/main/services/liveService.js';
import { addDays } from '../../src/shared/domain/dates.js';
import { localInstantMs } from '../../src/shared/domain/live.js';
import { govOrders, govPowers, personKinds } from '../../src/shared/domain/people.js';
import { PASSPHRASE, repoRoot, sha256File, tempDir } from '../support/tempWorkspace.js';
import { docxBodyText } from '../support/docxText.js';

const TODAY = '2026-03-18';

function cli(args: string[]) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', path.join(repoRoot, 'src/main/cli/index.ts'), ...args], {
    cwd: repoRoot,
    env: { ...process.env, PLENARIA_PASSPHRASE: PASSPHRASE },
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** The demo's services, on the demo's today at 09:00 unless moved. */
function open(file: string, prefsDir: string) {
  let now = new Date(localInstantMs(`${TODAY}T09:00`));
  const s = createServices({ preferencesDir: prefsDir, now: () => now, today: () => TODAY });
  s.workspace.unlock({ path: file, passphrase: PASSPHRASE });
  return { s, setNow: (instant: string) => (now = new Date(localInstantMs(instant))) };
}

/** What the Mesa holds, without ids or audit times: equal for two builds of the same day. */
function content(s: Services): unknown {
  return s.sessions.list().map((x) => {
    const base = { title: x.title, at: x.scheduledAt, status: x.status, sent: x.convocationSentOn };
    if (x.kind === 'citizen_meeting') {
      const m = s.citizenMeetings.get(x.id);
      const roster = s.live.get(x.id).roster;
      return { ...base, notes: Object.values(m.notes), topics: m.topics.map((t) => t.title), attendance: roster.map((r) => [r.name, r.status, r.arrivedAt]) };
    }
    if (x.status !== 'closed' && x.status !== 'signed') return base;
    const live = s.live.get(x.id);
    return {
      ...base,
      span: [live.startedAt, live.endedAt],
      attendance: live.roster.map((r) => [r.name, r.status, r.arrivedAt, r.leftAt]),
      agreements: live.agreements.map((a) => [a.code, a.status, a.progress, a.dueOn]),
      followups: live.followups.map((f) => [f.code, f.recorded]),
      minutes: (({ status, approval, seal }) => ({ status, approval, seal: seal?.sha256 ?? null }))(s.minutes.get(x.id)),
    };
  });
}

describe('demo workspace', () => {
  let dir: string;
  let file: string;
  let summary: DemoSummary;
  let h: ReturnType<typeof open>;
  let leftBehind: string[];

  beforeAll(() => {
    // One build for the assertions below; tempDir() would remove it after the first test.
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'plenaria-demo-test-'));
    file = path.join(dir, 'demo.plenaria');
    summary = createDemoWorkspace({ file, passphrase: PASSPHRASE, today: TODAY });
    leftBehind = fs.readdirSync(dir);
    h = open(file, path.join(dir, 'prefs'));
  });
  afterAll(() => {
    h?.s.workspace.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('leaves only the finished file, readable by its owner only, that verifies', () => {
    expect(leftBehind).toEqual(['demo.plenaria']);
    expect(fs.statSync(file).mode & 0o777).toBe(0o600);
    expect(h.s.workspace.verify()).toMatchObject({ ok: true, integrity: [], foreignKeys: [], audit: { ok: true } });
    expect(summary).toMatchObject({ file, today: TODAY, plenaries: 6, citizenMeetings: 7, nextPlenary: { scheduledAt: `${TODAY}T17:00` } });
    expect(h.s.workspace.info()).toMatchObject({ name: 'Mesa de Seguridad y Justicia de San Andrés del Valle', municipality: 'San Andrés del Valle' });
  });

  it('has people of every kind, officials of every order and power, applicants and a citizen who left', () => {
    const people = h.s.people.list({});
    expect(new Set(people.map((p) => p.kind))).toEqual(new Set(personKinds));
    const citizens = people.filter((p) => p.kind === 'citizen');
    const officials = people.filter((p) => p.kind === 'official');
    expect(citizens.length).toBeGreaterThanOrEqual(28);
    expect(officials.length).toBeGreaterThanOrEqual(14);
    expect(new Set(officials.map((p) => p.order))).toEqual(new Set(govOrders));
    expect(new Set(officials.map((p) => p.power))).toEqual(new Set(govPowers));
    expect(citizens.filter((p) => p.joinedOn === null).length).toBeGreaterThanOrEqual(2);
    expect(citizens.some((p) => p.leftOn !== null && p.leaveReason === 'resignation')).toBe(true);
    expect(people.filter((p) => p.notes !== null).length).toBeGreaterThanOrEqual(5);
    expect(h.s.votes.list().some((v) => v.kind === 'admission' && v.status === 'open')).toBe(true);
  });

  it('has its offices and committees in order: no warnings today', () => {
    const current = h.s.roles.list().filter((t) => t.current);
    expect(current.filter((t) => t.role === 'coordinator')).toHaveLength(1);
    expect(current.filter((t) => t.role === 'substitute_coordinator')).toHaveLength(2);
    expect(current.some((t) => t.role === 'technical_secretary')).toBe(true);
    expect(current.some((t) => t.role === 'executive_committee')).toBe(true);
    expect(h.s.roles.warnings()).toEqual([]);
    const committees = h.s.committees.list();
    expect(committees.map((c) => c.name)).toEqual(
      expect.arrayContaining(['Comité ejecutivo', 'Comité de indicadores', 'Comité de prevención social de la violencia', 'Comité de secuestro y extorsión', 'Comité anti robo de autos']),
    );
    for (const c of committees) {
      expect(c.coordinatorName).not.toBeNull();
      expect(c.members.length).toBeGreaterThanOrEqual(4);
    }
    expect(h.s.committees.citizensWithoutCommittee()).toEqual([]);
    expect(h.s.sessions.warnings()).toEqual([]);
  });

  it('held six plenaries live: attendance, notes, agreements, follow-ups of earlier agreements', () => {
    const plenaries = h.s.sessions.list().filter((x) => x.kind === 'plenary' && (x.status === 'closed' || x.status === 'signed')).reverse();
    expect(plenaries).toHaveLength(6);
    const days = plenaries.map((p) => p.scheduledAt.slice(0, 10));
    expect(days[0]! >= addDays(TODAY, -190)).toBe(true);
    expect(days[5]! < TODAY).toBe(true);
    const statuses = new Set<string>();
    const agreements: { code: string; status: string }[] = [];
    for (const [k, p] of plenaries.entries()) {
      const live = h.s.live.get(p.id);
      expect(live.startedAt).not.toBeNull();
      expect(live.endedAt! > live.startedAt!).toBe(true);
      expect(live.counts.recorded).toBe(live.counts.expected);
      expect(live.quorum.met).toBe(true);
      expect(live.closeWarnings).toEqual([]);
      expect(live.items.every((i) => i.state === 'done')).toBe(true);
      expect(live.agreements.length).toBeGreaterThanOrEqual(2);
      expect(live.agreements.length).toBeLessThanOrEqual(5);
      for (const a of live.agreements) {
        expect(a.responsibles.length).toBeGreaterThan(0);
        expect(a.dueOn! > p.scheduledAt.slice(0, 10)).toBe(true);
      }
      live.roster.forEach((r) => statuses.add(r.status!));
      // Every agreement of the previous plenary that was still open is read in this one.
      if (k > 0) {
        expect(live.followups.length).toBeGreaterThan(0);
        expect(live.followups.every((f) => f.recorded !== null)).toBe(true);
      }
      agreements.push(...h.s.live.get(p.id).agreements);
    }
    expect([...statuses]).toEqual(expect.arrayContaining(['present', 'late', 'absent_justified', 'absent_unjustified', 'represented']));
    expect(agreements.filter((a) => a.status === 'cumplido').length).toBeGreaterThanOrEqual(5);
    expect(agreements.filter((a) => a.status === 'cancelado')).toHaveLength(1);
    expect(agreements.some((a) => a.status === 'en_proceso')).toBe(true);
    // A citizen above the 20 % rule of unjustified absences, for the compliance screen.
    expect(h.s.compliance.attendance(addDays(TODAY, -200), TODAY).rows.filter((r) => r.flagged)).toHaveLength(1);
  });

  it('prepared every plenary in a citizen meeting whose content stays citizen-only', () => {
    const sessions = h.s.sessions.list();
    const meetings = sessions.filter((x) => x.kind === 'citizen_meeting');
    expect(meetings).toHaveLength(7);
    for (const m of meetings) {
      const cm = h.s.citizenMeetings.get(m.id);
      expect(cm.plenary!.scheduledAt > m.scheduledAt).toBe(true);
      const notes = Object.values(cm.notes);
      expect(notes.length).toBeGreaterThanOrEqual(2);
      expect(cm.topics.length).toBeGreaterThanOrEqual(2);
      expect(cm.checklist.length).toBeGreaterThanOrEqual(4);
      const promoted = cm.topics.filter((t) => t.promotedItemId !== null);
      expect(promoted).toHaveLength(1);
      const plenaryItems = h.s.agenda.get(cm.plenary!.id).items;
      expect(plenaryItems.find((i) => i.id === promoted[0]!.promotedItemId)?.title).toBe(promoted[0]!.title);
      // What officials see of that plenary carries none of the citizen-only prose.
      const plenarySurface = JSON.stringify([
        cm.plenary!.status === 'closed' ? h.s.live.get(cm.plenary!.id) : h.s.agenda.get(cm.plenary!.id),
        h.s.sessions.agendaDocumentData(cm.plenary!.id, 'es'),
      ]);
      for (const secret of [...notes, ...cm.topics.map((t) => t.body!)]) expect(plenarySurface).not.toContain(secret);
    }
  });

  it('held every citizen meeting (closed, citizens on the attendance), and the same citizen above the 20 % rule', () => {
    const meetings = h.s.sessions.list().filter((x) => x.kind === 'citizen_meeting');
    expect(meetings.every((m) => m.status === 'closed')).toBe(true);
    const statuses = new Set<string>();
    for (const m of meetings) {
      const roster = h.s.live.get(m.id).roster;
      expect(roster.length).toBeGreaterThanOrEqual(25);
      expect(roster.every((r) => r.kind === 'citizen' && r.status !== null)).toBe(true);
      roster.forEach((r) => statuses.add(r.status!));
    }
    expect([...statuses]).toEqual(expect.arrayContaining(['present', 'late', 'absent_justified', 'absent_unjustified']));
    const flagged = h.s.compliance.attendance(addDays(TODAY, -200), TODAY).rows.filter((r) => r.flagged);
    expect(flagged.map((r) => r.name)).toEqual(['Sergio Armando Reyna Tamez']);
  });

  it('shows every state of the minutes: the four oldest actas signed and approved at the next plenary, the fifth approved, the sixth a draft', async () => {
    const plenaries = h.s.sessions.list().filter((x) => x.kind === 'plenary' && x.scheduledAt < `${TODAY}T00:00`).reverse();
    const minutes = plenaries.map((p) => h.s.minutes.get(p.id));
    expect(minutes.map((m) => [m.status, m.sessionStatus])).toEqual([
      ['signed', 'signed'],
      ['signed', 'signed'],
      ['signed', 'signed'],
      ['signed', 'signed'],
      ['approved', 'closed'],
      ['draft', 'closed'],
    ]);
    minutes.slice(0, 5).forEach((m, i) => expect(m.approval).toMatchObject({ inSessionId: plenaries[i + 1]!.id, on: plenaries[i + 1]!.scheduledAt.slice(0, 10) }));
    for (const m of minutes.slice(0, 4)) expect(m.seal).toMatchObject({ intact: true, sha256: expect.stringMatching(/^[0-9a-f]{64}$/) });
    // Sealed with the indicators of their day: the oldest acta charts April's figures with the goal then in force (28), not today's 24.
    const sealed = (id: number) =>
      JSON.parse((h.s.workspace.connection().prepare('SELECT sealed_content FROM minutes WHERE session_id = ?').get(id) as { sealed_content: string }).sealed_content) as {
        charts: { name: string; points: { period: string }[]; goals: { target: number; superseded: boolean }[] }[];
      };
    const oldest = sealed(plenaries[0]!.id);
    expect(oldest.charts.map((c) => c.name)).toContain('Homicidio doloso');
    const homicide = oldest.charts.find((c) => c.name === 'Homicidio doloso')!;
    expect(homicide.points.at(-1)!.period < plenaries[0]!.scheduledAt.slice(0, 7)).toBe(true);
    expect(homicide.goals.filter((g) => !g.superseded).map((g) => g.target)).toEqual([28]);
    // The largest acta, and a citizen meeting's minutes, export; nothing of the citizen meeting reaches the acta.
    const dir = tempDir();
    const largest = plenaries.at(-1)!;
    const file = path.join(dir, 'acta.docx');
    await h.s.minutes.exportDocx(largest.id, file, undefined, true);
    const acta = docxBodyText(file);
    const cm = h.s.citizenMeetings.get(largest.preparedBySessionId!);
    for (const secret of [...Object.values(cm.notes), ...cm.topics.map((t) => t.body!)]) expect(acta).not.toContain(secret);
    for (const a of h.s.live.get(largest.id).agreements) expect(acta).toContain(a.code);
    // Its agenda had the indicators item and the demo has indicator data: the table is there, rates annualized.
    expect(acta).toMatch(/Homicidio doloso\n[a-z]{3} \d{4}\n[\d.]+ por 100 mil hab\. \(\d+ casos?\)/);
    const minuta = path.join(dir, 'minuta.docx');
    await h.s.minutes.exportDocx(cm.meeting.id, minuta, undefined, true);
    expect(docxBodyText(minuta)).toContain(Object.values(cm.notes)[0]!);
    expect(h.s.workspace.verify().ok).toBe(true);
  });

  it('has committee meetings held live, every committee within the last month', () => {
    const meetings = h.s.sessions.list().filter((x) => x.kind === 'committee_meeting');
    expect(meetings.length).toBeGreaterThanOrEqual(6);
    expect(meetings.every((m) => m.status === 'closed')).toBe(true);
    const recent = new Set(meetings.filter((m) => m.scheduledAt.slice(0, 10) >= addDays(TODAY, -31)).map((m) => m.committeeId));
    expect(recent.size).toBe(h.s.committees.list().length);
  });

  it('has the next plenary convened for today at 17:00, with its agenda, ready to start', () => {
    const next = h.s.sessions.list().find((x) => x.id === summary.nextPlenary.id)!;
    expect(next).toMatchObject({ kind: 'plenary', status: 'convened', scheduledAt: `${TODAY}T17:00` });
    expect(next.convocationSentOn! <= addDays(TODAY, -3)).toBe(true);
    expect(next.preparedBySessionId).not.toBeNull();
    const agenda = h.s.agenda.get(next.id);
    expect(agenda.items.length).toBeGreaterThanOrEqual(9);
    expect(agenda.items.filter((i) => i.presenterLabel !== null).length).toBeGreaterThanOrEqual(5);
    expect(agenda.openAgreements.length).toBeGreaterThan(0);
    h.setNow(`${TODAY}T17:02:00`);
    const live = h.s.live.start(next.id);
    expect(live).toMatchObject({ startedAt: `${TODAY}T17:02:00`, currentItemId: agenda.items[0]!.id });
    expect(live.roster.length).toBeGreaterThan(30);
    expect(live.followups.length).toBe(agenda.openAgreements.length);
    expect(h.s.workspace.verify().ok).toBe(true);
  });

  it('is the same Mesa when built again for the same day', () => {
    const other = path.join(tempDir(), 'again.plenaria');
    createDemoWorkspace({ file: other, passphrase: PASSPHRASE, today: TODAY });
    const again = open(other, path.join(tempDir(), 'prefs'));
    const fresh = open(file, path.join(tempDir(), 'prefs2'));
    try {
      // The shared copy had its next plenary started above; compare everything before it.
      const strip = (c: unknown) => (c as { at: string }[]).filter((x) => x.at < `${TODAY}T17:00`);
      expect(strip(content(again.s))).toEqual(strip(content(fresh.s)));
    } finally {
      again.s.workspace.close();
      fresh.s.workspace.close();
    }
  });
});

describe('demo workspace: refusals', () => {
  it('never overwrites an existing file', () => {
    const dir = tempDir();
    const file = path.join(dir, 'mesa.plenaria');
    fs.writeFileSync(file, 'not mine to replace');
    const before = sha256File(file);
    expect(() => createDemoWorkspace({ file, passphrase: PASSPHRASE, today: TODAY })).toThrow(/Ya existe/);
    expect(sha256File(file)).toBe(before);
    expect(fs.readdirSync(dir)).toEqual(['mesa.plenaria']);
  });

  it('leaves nothing behind when the build fails half-way, or the passphrase is weak', () => {
    const dir = tempDir();
    let closes = 0;
    const original = LiveService.prototype.close;
    const spy = vi.spyOn(LiveService.prototype, 'close').mockImplementation(function (this: LiveService, id: number) {
      if (++closes === 5) throw new Error('power cut');
      return original.call(this, id);
    });
    try {
      expect(() => createDemoWorkspace({ file: path.join(dir, 'mesa.plenaria'), passphrase: PASSPHRASE, today: TODAY })).toThrow(/power cut/);
    } finally {
      spy.mockRestore();
    }
    expect(fs.readdirSync(dir)).toEqual([]);
    expect(() => createDemoWorkspace({ file: path.join(dir, 'mesa.plenaria'), passphrase: 'corta', today: TODAY })).toThrow(/al menos/);
    expect(() => createDemoWorkspace({ file: path.join(dir, 'mesa.plenaria'), passphrase: PASSPHRASE, today: '2026-02-30' })).toThrow(/Fecha no válida/);
    expect(fs.readdirSync(dir)).toEqual([]);
  });
});

describe('demo workspace (CLI)', () => {
  it('creates the demo, prints its summary, verifies, and refuses to run over the file', () => {
    const file = path.join(tempDir(), 'demo.plenaria');
    const made = cli(['demo', file, '--today', TODAY]);
    expect(made).toMatchObject({ code: 0, stderr: '' });
    expect(made.stdout).toContain(file);
    expect(made.stdout).toContain('Mesa de Seguridad y Justicia de San Andrés del Valle');
    expect(made.stdout).toMatch(/6 plenarias celebradas, 7 reuniones ciudadanas/);
    expect(made.stdout).toContain(`Próxima plenaria: Sesión plenaria ordinaria 3/2026, ${TODAY} 17:00`);
    expect(cli(['verify', file])).toMatchObject({ code: 0, stdout: expect.stringContaining('auditoría: ok') });

    const before = sha256File(file);
    expect(cli(['demo', file, '--today', TODAY])).toMatchObject({ code: 1, stderr: expect.stringMatching(/Ya existe un archivo/) });
    expect(sha256File(file)).toBe(before);
    expect(cli(['demo', path.join(path.dirname(file), 'otro.plenaria'), '--today', 'mañana'])).toMatchObject({ code: 1, stderr: expect.stringMatching(/Fecha no válida/) });
    expect(cli(['--help']).stdout).toContain('demo <archivo> [--today AAAA-MM-DD]');
  });
});
