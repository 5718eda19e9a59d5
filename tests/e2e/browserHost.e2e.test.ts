import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumUnavailable, repoRoot } from './support/environment.js';
import { foreignRequests, startHarness, type HostHarness } from './support/hostHarness.js';
import { workspaceFlow } from './specs/workspaceFlow.js';
import { membersFlow } from './specs/membersFlow.js';
import { CITIZEN_NOTE, TOPIC_BODY, prepareFlow } from './specs/prepareFlow.js';

const skip = chromiumUnavailable();

describe.skipIf(skip)(`browser host in Debian Chromium${skip ? ` — skipped: ${skip}` : ''}`, () => {
  let h: HostHarness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(async () => {
    await h?.close();
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

  it('a page without the launch token gets nothing', async () => {
    const page = await (await h.browser.newContext()).newPage();
    const response = await page.goto(`http://127.0.0.1:${h.host.port}/console/index.html`);
    expect(response?.status()).toBe(401);
    expect(await page.evaluate(() => 'plenaria' in window)).toBe(false);
  });
});
