import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumUnavailable, repoRoot } from './support/environment.js';
import { foreignRequests, startHarness, type HostHarness } from './support/hostHarness.js';
import { workspaceFlow } from './specs/workspaceFlow.js';
import { membersFlow } from './specs/membersFlow.js';
import { CITIZEN_NOTE, TOPIC_BODY, prepareFlow } from './specs/prepareFlow.js';
import { killLiveFlowHosts, liveFlow } from './specs/liveFlow.js';
import { agreementsFlow } from './specs/agreementsFlow.js';
import { minutesFlow } from './specs/minutesFlow.js';
import { GRID_MONTH, indicatorsFlow, LAST_MONTH } from './specs/indicatorsFlow.js';
import { createDemoWorkspace } from '../../src/main/demo/demoWorkspace.js';
import { createServices } from '../../src/main/services/services.js';
import { localToday } from '../../src/shared/domain/dates.js';

const skip = chromiumUnavailable();

describe.skipIf(skip)(`browser host in Debian Chromium${skip ? ` — skipped: ${skip}` : ''}`, () => {
  let h: HostHarness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(async () => {
    await h?.close();
    killLiveFlowHosts();
  });

  it('first use: create, project, lock, unlock (wrong then right), switch language — all on loopback', async () => {
    const page = await h.context.newPage();
    await page.goto(h.host.consoleUrl);
    await workspaceFlow({
      console: page,
      projector: async () => {
        const p = await h.context.newPage();
        await p.goto(h.host.projectorUrl);
        return p;
      },
      workspaceDir: h.dir,
      screenshotDir: path.join(repoRoot, 'test-results/screenshots/browser-host'),
    });
    expect(h.requests.length).toBeGreaterThan(5);
    expect(foreignRequests(h.requests, h.host.port)).toEqual([]);
  });

  it('members: register an official, import a CSV past its preview, offices warnings, committees — every write audited', async () => {
    // A fresh start: the previous test left its workspace open in the host.
    h.services.workspace.close();
    const page = await h.context.newPage();
    await page.goto(h.host.consoleUrl);
    await membersFlow(page, h.dir, path.join(repoRoot, 'test-results/screenshots/browser-host'));
    expect(h.services.people.list({}).map((p) => p.fullName)).toEqual(['Ana Pérez', 'Beto Díaz', 'Luis Ortega', 'Rosa Méndez']);
    expect(h.services.workspace.verify()).toMatchObject({ ok: true, audit: { ok: true } });
    expect(foreignRequests(h.requests, h.host.port)).toEqual([]);
  });

  it('prepare a plenary: session, agenda, citizen meeting with notes, promoted topic, convocation DOCX — nothing citizen-only leaks', async () => {
    h.services.workspace.close();
    const page = await h.context.newPage();
    await page.goto(h.host.consoleUrl);
    const projector = await h.context.newPage();
    await projector.goto(h.host.projectorUrl);
    await prepareFlow(page, h.dir, path.join(repoRoot, 'test-results/screenshots/browser-host'));
    // The projector page never received any of it either.
    const seen = await projector.content();
    expect(seen).not.toContain(CITIZEN_NOTE.slice(0, 20));
    expect(seen).not.toContain(TOPIC_BODY.slice(0, 20));
    expect(h.services.workspace.verify()).toMatchObject({ ok: true, audit: { ok: true } });
    expect(foreignRequests(h.requests, h.host.port)).toEqual([]);
  });

  it('a whole plenary of the demo Mesa from the keyboard, the host killed mid-session and resumed; the projector never sees anything citizen-only', async () => {
    const file = path.join(h.dir, 'demo.plenaria');
    const passphrase = 'frase de acceso de la demostración';
    const demo = createDemoWorkspace({ file, passphrase, today: localToday() });
    // Every citizen-only text in the workspace, long enough to be unambiguous.
    const reader = createServices({ preferencesDir: path.join(h.dir, 'reader-prefs') });
    reader.workspace.unlock({ path: file, passphrase });
    const db = reader.workspace.connection();
    const citizenOnly = (
      db
        .prepare(
          `SELECT body AS t FROM preparation_notes UNION SELECT body FROM citizen_topics WHERE body IS NOT NULL
           UNION SELECT title FROM citizen_topics WHERE promoted_item_id IS NULL UNION SELECT label FROM checklist_items
           UNION SELECT notes FROM people WHERE notes IS NOT NULL UNION SELECT place FROM sessions WHERE kind = 'citizen_meeting' AND place IS NOT NULL`,
        )
        .all() as { t: string }[]
    )
      .map((r) => r.t)
      .filter((t) => t.length >= 12);
    reader.workspace.close();
    expect(citizenOnly.length).toBeGreaterThan(20);

    const result = await liveFlow({
      browser: h.browser,
      file,
      passphrase,
      home: path.join(h.dir, 'live-home'),
      screenshotDir: path.join(repoRoot, 'test-results/screenshots/browser-host'),
      citizenOnly,
    });
    expect(result.projectorMessages.length).toBeGreaterThan(50);
    expect(result.projectorFrames.length).toBeGreaterThan(20);
    expect(result.leaks).toEqual([]);

    // What the second host left on disk: the session closed with everything recorded.
    const after = createServices({ preferencesDir: path.join(h.dir, 'after-prefs') });
    after.workspace.unlock({ path: file, passphrase });
    const closed = after.live.get(demo.nextPlenary.id);
    expect(closed.session.status).toBe('closed');
    expect(closed.endedAt).not.toBeNull();
    expect(closed.agreements.map((a) => a.text)).toEqual([
      'Reforzar el patrullaje nocturno en la colonia Centro',
      'Solicitar a la Fiscalía un informe de carpetas de robo de vehículo',
    ]);
    expect(closed.followups.filter((f) => f.recorded !== null)).toHaveLength(3);
    expect(closed.counts.recorded).toBe(closed.counts.expected);
    expect(after.workspace.verify()).toMatchObject({ ok: true });
    after.workspace.close();
  });

  it('the agreements matrix of the demo Mesa: overdue filter and sort, detail, saved view, a messy sheet imported, DOCX export', async () => {
    h.services.workspace.close();
    const dir = path.join(h.dir, 'matrix');
    fs.mkdirSync(dir);
    const file = path.join(dir, 'demo.plenaria');
    const passphrase = 'frase de acceso de la matriz';
    createDemoWorkspace({ file, passphrase, today: localToday() });
    h.services.workspace.unlock({ path: file, passphrase });
    const before = h.services.agreements.matrix().length;
    const page = await h.context.newPage();
    await page.goto(h.host.consoleUrl);
    await page.getByTestId('app-shell').waitFor();
    await agreementsFlow(page, dir, path.join(repoRoot, 'test-results/screenshots/browser-host'));
    expect(h.services.agreements.matrix().length).toBeGreaterThan(before);
    expect(h.services.workspace.verify()).toMatchObject({ ok: true });
    expect(foreignRequests(h.requests, h.host.port)).toEqual([]);
  });

  it('the acta of a closed plenary of the demo Mesa: an item edited, signed after confirming, sealed, DOCX exported and verified, the signed scan attached and shown', async () => {
    h.services.workspace.close();
    const dir = path.join(h.dir, 'minutes');
    fs.mkdirSync(dir);
    const file = path.join(dir, 'demo.plenaria');
    const passphrase = 'frase de acceso del acta';
    createDemoWorkspace({ file, passphrase, today: localToday() });
    h.services.workspace.unlock({ path: file, passphrase });
    const held = h.services.sessions
      .list()
      .filter((s) => s.kind === 'plenary' && s.status === 'closed' && h.services.minutes.get(s.id).status === 'draft')
      .at(-1)!;
    const page = await h.context.newPage();
    await page.goto(h.host.consoleUrl);
    await page.getByTestId('app-shell').waitFor();
    await minutesFlow(page, { dir, sessionTitle: held.title, screenshotDir: path.join(repoRoot, 'test-results/screenshots/browser-host') });
    const minutes = h.services.minutes.get(held.id);
    expect(minutes).toMatchObject({ status: 'signed', sessionStatus: 'signed', seal: { intact: true } });
    expect(minutes.attachments).toMatchObject([{ filename: 'acta firmada.png', mime: 'image/png' }]);
    expect(minutes.exports.map((e) => e.kind)).toContain('minutes_signed');
    expect(h.services.workspace.verify()).toMatchObject({ ok: true });
    expect(foreignRequests(h.requests, h.host.port)).toEqual([]);
  });

  it('the indicators of the demo Mesa: homicide chart with its goals, grid, a CSV refused for one bad row then applied', async () => {
    h.services.workspace.close();
    const dir = path.join(h.dir, 'indicators');
    fs.mkdirSync(dir);
    const file = path.join(dir, 'demo.plenaria');
    const passphrase = 'frase de acceso de los indicadores';
    createDemoWorkspace({ file, passphrase, today: localToday() });
    h.services.workspace.unlock({ path: file, passphrase });
    const page = await h.context.newPage();
    await page.goto(h.host.consoleUrl);
    await page.getByTestId('app-shell').waitFor();
    await indicatorsFlow(page, path.join(repoRoot, 'test-results/screenshots/browser-host'));
    const cases = (name: string, period: string) => h.services.indicators.list().find((i) => i.name === name)!.points.find((p) => p.period === period)!.cases;
    expect(cases('Extorsión', GRID_MONTH)).toBe(15);
    expect(cases('Robo de vehículo', LAST_MONTH)).toBe(17);
    expect(cases('Secuestro', LAST_MONTH)).toBe(1);
    expect(h.services.workspace.verify()).toMatchObject({ ok: true });
    expect(foreignRequests(h.requests, h.host.port)).toEqual([]);
  });

  it('a page without the launch token gets nothing', async () => {
    const page = await (await h.browser.newContext()).newPage();
    const response = await page.goto(`http://127.0.0.1:${h.host.port}/console/index.html`);
    expect(response?.status()).toBe(401);
    expect(await page.evaluate(() => 'plenaria' in window)).toBe(false);
  });
});
