import fs from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { chromiumUnavailable, repoRoot } from './support/environment.js';
import { foreignRequests, startHarness, type HostHarness } from './support/hostHarness.js';
import { createDemoWorkspace } from '../../src/main/demo/demoWorkspace.js';
import { localToday } from '../../src/shared/domain/dates.js';

const skip = chromiumUnavailable();
const PASSPHRASE = 'frase de acceso del bloqueo';

async function unlock(page: Page, passphrase: string): Promise<void> {
  await page.getByTestId('unlock-passphrase').fill(passphrase);
  await page.getByTestId('unlock-submit').click();
}

/**
 * Locks through the real transport: the demo Mesa's plenary is live on the console and the
 * projector; Ctrl+L, a lock decided by main (what the idle timer and a suspend do), and the
 * back-off's countdown, each followed by unlocking straight back into the live console.
 */
describe.skipIf(skip)(`locks in Debian Chromium${skip ? ` — skipped: ${skip}` : ''}`, () => {
  let h: HostHarness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(async () => {
    await h?.close();
  });

  it('Ctrl+L blanks the projector and unlocking returns to the live session; main locks too; wrong passphrases wait', async () => {
    const file = path.join(h.dir, 'bloqueo.plenaria');
    const demo = createDemoWorkspace({ file, passphrase: PASSPHRASE, today: localToday() });
    h.services.workspace.unlock({ path: file, passphrase: PASSPHRASE });
    const sessionId = demo.nextPlenary.id;
    const started = h.services.live.start(sessionId);
    h.services.live.goTo(sessionId, started.items[2]!.id);

    const console_ = await h.context.newPage();
    await console_.goto(h.host.consoleUrl);
    await console_.getByTestId('live-console').waitFor();
    const projector = await h.context.newPage();
    await projector.goto(h.host.projectorUrl);
    await projector.getByTestId('projector-live').waitFor();
    const atThirdItem = async () => expect(await console_.getByTestId('live-item-3').getAttribute('aria-current')).toBe('step');
    await atThirdItem();

    // Ctrl+L: lock screen on the console, neutral screen (no Mesa name) on the projector.
    const t0 = performance.now();
    await console_.keyboard.press('Control+l');
    await console_.getByTestId('unlock-screen').waitFor();
    await projector.getByTestId('projector-neutral').waitFor();
    const lockMs = performance.now() - t0;
    expect(await projector.getByTestId('projector-mesa-name').count()).toBe(0);
    expect(h.services.workspace.status().state).toBe('locked');

    const t1 = performance.now();
    await unlock(console_, PASSPHRASE);
    await console_.getByTestId('live-console').waitFor();
    await projector.getByTestId('projector-live').waitFor();
    const unlockMs = performance.now() - t1;
    await atThirdItem();

    // Main locks on its own (the idle timer, a suspend or the screen lock all end in workspace.lock()).
    h.services.workspace.lock();
    await console_.getByTestId('unlock-screen').waitFor();
    await projector.getByTestId('projector-neutral').waitFor();

    // Three wrong passphrases: the countdown shows and the button waits; then the right one gets in.
    for (let i = 1; i <= 3; i++) {
      await unlock(console_, 'no es la frase correcta');
      await expect.poll(() => h.services.workspace.unlockDelay(file).failures).toBe(i);
    }
    const wait = console_.getByTestId('unlock-wait');
    await wait.waitFor();
    expect(await wait.textContent()).toMatch(/en [12] s\./);
    expect(await console_.getByTestId('unlock-submit').isDisabled()).toBe(true);
    const shots = path.join(repoRoot, 'test-results/screenshots/browser-host');
    fs.mkdirSync(shots, { recursive: true });
    await console_.screenshot({ path: path.join(shots, 'unlock-countdown.png') });
    await expect.poll(() => console_.getByTestId('unlock-submit').isDisabled(), { timeout: 5000 }).toBe(false);
    await unlock(console_, PASSPHRASE);
    await console_.getByTestId('live-console').waitFor();
    await atThirdItem();
    expect(h.services.workspace.unlockDelay(file)).toEqual({ failures: 0, waitSeconds: 0 });

    // The input the secretary gave reached main's idle clock through the real transport.
    expect(h.requests.some((u) => u.endsWith('/api/workspace/activity'))).toBe(true);
    expect(foreignRequests(h.requests, h.host.port)).toEqual([]);
    console.log(`[locks e2e] Ctrl+L to lock screen + neutral projector: ${Math.round(lockMs)} ms; unlock click to live console + live projector: ${Math.round(unlockMs)} ms`);
  });

  it('the summary: idle minutes saved in the preferences, the audit log filtered, verify naming a tampered entry', async () => {
    h.services.workspace.close();
    const file = path.join(h.dir, 'auditoria.plenaria');
    h.services.workspace.create({ path: file, passphrase: PASSPHRASE, name: 'Mesa de Auditoría', municipality: 'Juárez', population: 1_512_450 });
    const page = await h.context.newPage();
    await page.goto(h.host.consoleUrl);
    await page.getByTestId('security-panel').waitFor();

    await page.getByTestId('idle-lock-minutes').fill('15');
    await page.getByTestId('idle-lock-save').click();
    await page.getByTestId('idle-lock-saved').waitFor();
    expect(h.services.preferences.get().idleLockMinutes).toBe(15);

    // The new workspace's three entries: the Mesa and its two founding committees.
    await expect.poll(() => page.getByTestId('audit-row').count()).toBe(3);
    await page.getByTestId('audit-entity').selectOption('committees');
    await expect.poll(() => page.getByTestId('audit-row').count()).toBe(2);

    await page.getByTestId('verify-run').click();
    await page.getByTestId('verify-ok').waitFor();

    // Someone edits the log with another tool: verify names the entry.
    const db = h.services.workspace.connection();
    db.exec('DROP TRIGGER audit_log_no_update');
    db.prepare("UPDATE audit_log SET actor = 'cli' WHERE id = 2").run();
    await page.getByTestId('verify-run').click();
    expect(await page.getByTestId('verify-first-broken').textContent()).toBe('Primera entrada rota: n.º 2 (posición 2 del registro): su contenido fue alterado.');
    const shots = path.join(repoRoot, 'test-results/screenshots/browser-host');
    fs.mkdirSync(shots, { recursive: true });
    await page.getByTestId('security-panel').screenshot({ path: path.join(shots, 'security-panel.png') });
    h.services.preferences.set({ idleLockMinutes: 10 });
    expect(foreignRequests(h.requests, h.host.port)).toEqual([]);
  });
});
