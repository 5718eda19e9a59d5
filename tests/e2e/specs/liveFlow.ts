import path from 'node:path';
import { expect } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { exited, spawnTs, waitForLine } from '../../support/childProcess.js';

/**
 * Issue 6 end to end: a whole plenary of the demo Mesa, run from the keyboard in the console
 * while a second page is the projector. The host runs in its own process so that it can be
 * killed for real (SIGKILL) in the middle of the session and started again on the same file.
 */
export interface LiveFlowOptions {
  browser: Browser;
  file: string;
  passphrase: string;
  /** Where the hosts keep their preferences (recent files). */
  home: string;
  screenshotDir: string;
  /** Every citizen-only text of the workspace: none may ever reach the projector. */
  citizenOnly: string[];
}

export interface LiveFlowResult {
  /** Every WebSocket message the projector pages received. */
  projectorMessages: string[];
  /** The projector's visible text after every DOM change. */
  projectorFrames: string[];
  leaks: string[];
}

interface Host {
  consoleUrl: string;
  projectorUrl: string;
  kill(signal: NodeJS.Signals): Promise<void>;
}

/** Host processes still running: a failed flow must not leave one behind (killLiveFlowHosts). */
const running = new Set<ReturnType<typeof spawnTs>>();

/** For the test's afterAll: SIGKILL whatever host a failed flow left running. */
export function killLiveFlowHosts(): void {
  for (const child of running) child.kill('SIGKILL');
  running.clear();
}

async function startHostProcess(home: string): Promise<Host> {
  const child = spawnTs('src/main/host/cli.ts', [], { PLENARIA_HOME: home });
  running.add(child);
  child.on('exit', () => running.delete(child));
  let out = '';
  child.stdout.on('data', (c: Buffer) => (out += c.toString()));
  // The host prints both addresses, then this line.
  await waitForLine(child, /Ctrl\+C/);
  const url = (label: string) => new RegExp(`${label}:\\s+(http\\S+)`).exec(out)![1]!;
  return {
    consoleUrl: url('consola'),
    projectorUrl: url('proyector'),
    kill: async (signal) => {
      child.kill(signal);
      await exited(child);
    },
  };
}

/** Records what the projector page receives and shows, from before its first script runs. */
async function watchProjector(page: Page, messages: string[]): Promise<void> {
  page.on('websocket', (ws) => ws.on('framereceived', (frame) => messages.push(String(frame.payload))));
  await page.addInitScript(() => {
    const frames: string[] = [];
    (window as unknown as { __frames: string[] }).__frames = frames;
    const record = () => {
      const text = document.body?.innerText ?? '';
      if (frames[frames.length - 1] !== text) frames.push(text);
    };
    new MutationObserver(record).observe(document, { subtree: true, childList: true, characterData: true, attributes: true });
  });
}

const framesOf = (page: Page): Promise<string[]> => page.evaluate(() => (window as unknown as { __frames: string[] }).__frames);

async function openWorkspace(page: Page, file: string, passphrase: string): Promise<void> {
  await page.getByTestId('welcome').or(page.getByTestId('unlock-screen')).first().waitFor();
  if (await page.getByTestId('welcome').isVisible()) {
    await page.getByTestId('open-workspace').click();
    await page.getByTestId('open-path').fill(file);
    await page.getByTestId('open-submit').click();
  }
  await page.getByTestId('unlock-passphrase').fill(passphrase);
  await page.getByTestId('unlock-submit').click();
  await page.getByTestId('app-shell').waitFor();
}

export async function liveFlow(o: LiveFlowOptions): Promise<LiveFlowResult> {
  const messages: string[] = [];
  const frames: string[] = [];
  const consoleContext = await o.browser.newContext({ viewport: { width: 1920, height: 1080 }, locale: 'es-MX' });
  const projectorContext = await o.browser.newContext({ viewport: { width: 1920, height: 1080 }, locale: 'es-MX' });
  const shot = (page: Page, name: string) => page.screenshot({ path: path.join(o.screenshotDir, `${name}.png`) });

  // --- First host: check-in, follow-up, an agreement, then a crash. ---
  let host = await startHostProcess(o.home);
  let console = await consoleContext.newPage();
  let projector = await projectorContext.newPage();
  await watchProjector(projector, messages);
  await projector.goto(host.projectorUrl);
  await console.goto(host.consoleUrl);
  await openWorkspace(console, o.file, o.passphrase);

  // The next plenary of the demo is convened: open it and start it.
  await console.getByTestId('nav-sesiones').click();
  await console.getByTestId('session-row').filter({ hasText: /Convocada|convened/i }).first().click();
  await console.getByTestId('session-start-live').click();
  await console.getByTestId('live-console').waitFor();
  await projector.getByTestId('projector-live').waitFor();
  await expect.poll(() => projector.getByTestId('projector-agenda-item-1').getAttribute('data-state')).toBe('current');

  // Attendance from the keyboard: the search box, Enter on a single match marks present.
  await console.keyboard.press('Alt+A');
  const roster = console.getByTestId(/^attendance-row-\d+$/);
  const names = await roster.evaluateAll((rows) => rows.map((r) => r.getAttribute('data-name') ?? r.textContent ?? ''));
  expect(names.length).toBeGreaterThan(20);
  const rows = await roster.evaluateAll((els) => els.map((e) => e.getAttribute('data-testid')!));
  // Everyone present but three: one late, one justified and one unjustified absence.
  for (const testId of rows.slice(3)) {
    await console.getByTestId(testId).focus();
    await console.keyboard.press('p');
  }
  await console.getByTestId(rows[0]!).focus();
  await console.keyboard.press('t');
  await console.getByTestId(rows[1]!).focus();
  await console.keyboard.press('j');
  await console.getByTestId(rows[2]!).focus();
  await console.keyboard.press('i');
  await expect.poll(() => console.getByTestId(rows[2]!).getAttribute('data-status')).toBe('absent_unjustified');
  await expect.poll(() => console.getByTestId(rows[0]!).getAttribute('data-status')).toBe('late');
  await expect.poll(() => console.getByTestId('live-quorum').getAttribute('data-met')).toBe('true');
  await shot(console, 'live-attendance-1920');

  // To the follow-up item; read the first three agreements with the single form.
  await console.keyboard.press('Alt+P');
  await console.keyboard.press('Alt+ArrowRight');
  await console.getByTestId('followup-current').waitFor();
  await projector.getByTestId('projector-followup').waitFor();
  for (let i = 0; i < 3; i++) {
    const code = (await console.getByTestId('followup-current').getAttribute('data-code'))!;
    await console.getByTestId('followup-status-en_proceso').click();
    await console.getByTestId('followup-progress').fill(String(40 + i * 10));
    await console.getByTestId('followup-note').fill(`Avance informado en sesión, ${i + 1}`);
    await expect.poll(() => projector.getByTestId(`projector-followup-${code}`).getAttribute('data-focus')).toBe('true');
    await console.keyboard.press('Control+Enter');
    await expect.poll(() => console.getByTestId('followup-current').getAttribute('data-code')).not.toBe(code);
  }
  await shot(projector, 'projector-followup-1920');

  // Next item: notes and an agreement typed key by key, seen on the projector as typed.
  // The notes belong to the item on screen: wait until the console shows the next one, or on a
  // busy machine they would be typed into the follow-up item's field before the move lands.
  const followupTitle = await console.getByTestId('live-item-title').textContent();
  await console.keyboard.press('Alt+ArrowRight');
  await expect.poll(() => console.getByTestId('live-item-title').textContent()).not.toBe(followupTitle);
  await console.getByTestId('item-notes').fill('La Secretaría de Seguridad informó 14 detenciones por robo a transeúnte.');
  await console.keyboard.press('Alt+N');
  const agreementText = 'Reforzar el patrullaje nocturno en la colonia Centro';
  await console.getByTestId('agreement-text').pressSequentially(agreementText);
  await expect.poll(() => projector.getByTestId('projector-draft-text').textContent()).toBe(agreementText);
  await console.getByTestId('agreement-due').fill('2030-12-15');
  await console.keyboard.press('Control+Enter');
  const firstCode = await console.getByTestId(/^agreement-[A-Z]+\d*-/).first().getAttribute('data-testid');
  expect(firstCode).toMatch(/^agreement-PL-\d+\/\d{4}-01$/);

  // The B and W keys, as in presentation software.
  await console.getByTestId('item-notes').blur();
  await console.keyboard.press('b');
  await projector.getByTestId('projector-black').waitFor();
  expect((await projector.locator('body').innerText()).trim()).toBe('');
  await console.keyboard.press('w');
  await projector.getByTestId('projector-wait').waitFor();
  await console.keyboard.press('Escape');
  await projector.getByTestId('projector-live').waitFor();

  // Half an agreement typed, then the power goes: SIGKILL the host.
  const halfTyped = 'Solicitar a la Fiscalía un informe de carpetas';
  await console.keyboard.press('Alt+N');
  await console.getByTestId('agreement-text').pressSequentially(halfTyped);
  await expect.poll(() => projector.getByTestId('projector-draft-text').textContent()).toBe(halfTyped);
  frames.push(...(await framesOf(projector)));
  await host.kill('SIGKILL');
  await console.close();
  await projector.close();

  // --- Second host on the same file: the session resumes with nothing lost. ---
  host = await startHostProcess(o.home);
  console = await consoleContext.newPage();
  projector = await projectorContext.newPage();
  await watchProjector(projector, messages);
  await projector.goto(host.projectorUrl);
  await console.goto(host.consoleUrl);
  await openWorkspace(console, o.file, o.passphrase);
  await console.getByTestId('live-console').waitFor();
  await expect.poll(() => console.getByTestId('agreement-text').inputValue()).toBe(halfTyped);
  await expect.poll(() => console.getByTestId('item-notes').inputValue()).toContain('14 detenciones');
  expect(await console.getByTestId(firstCode!).count()).toBe(1);
  await expect.poll(() => console.getByTestId('live-quorum').getAttribute('data-met')).toBe('true');
  await projector.getByTestId('projector-live').waitFor();
  await expect.poll(() => projector.getByTestId('projector-draft-text').textContent()).toBe(halfTyped);
  await console.getByTestId('agreement-text').press('End');
  await console.getByTestId('agreement-text').pressSequentially(' de robo de vehículo');
  await console.keyboard.press('Control+Enter');
  await expect.poll(() => console.getByTestId(/^agreement-[A-Z]+\d*-/).count()).toBe(2);
  await shot(console, 'live-item-1920');
  await shot(projector, 'projector-live-1920');

  // The rest of the agenda, item by item; the countdown is there for each.
  // The indicators item, picked from the agenda: the projector draws the first plenary indicator, then the one chosen.
  await console.locator('[data-testid^="live-item-"]', { hasText: 'Indicadores' }).first().click();
  await console.getByTestId('live-indicator-picker').waitFor();
  await projector.getByTestId('projector-indicator-chart').locator('svg').waitFor();
  const second = console.getByTestId('live-indicator-picker').getByRole('button').nth(1);
  const indicatorName = (await second.textContent())!;
  await second.click();
  await expect.poll(() => projector.getByTestId('projector-indicator-chart').getAttribute('data-indicator')).toBe(indicatorName);
  await expect.poll(() => projector.getByTestId('projector-indicator-chart').locator('svg').textContent()).toContain(indicatorName);
  await shot(console, 'live-indicators-1920');
  await shot(projector, 'projector-indicator-1920');

  for (let i = 0; i < 12; i++) {
    const state = await console.getByTestId('live-countdown').getAttribute('data-state');
    expect(['normal', 'warning', 'over']).toContain(state);
    await console.keyboard.press('Alt+ArrowRight');
  }
  await console.setViewportSize({ width: 1024, height: 768 });
  await projector.setViewportSize({ width: 1024, height: 768 });
  await shot(console, 'live-console-1024');
  await shot(projector, 'projector-live-1024');

  await console.getByTestId('live-close').click();
  await console.getByTestId('live-close-confirm').click();
  await console.getByTestId('agenda-screen').waitFor();
  await projector.getByTestId('projector-neutral').waitFor();
  frames.push(...(await framesOf(projector)));
  await host.kill('SIGTERM');
  await consoleContext.close();
  await projectorContext.close();

  const everything = [...messages, ...frames].join('\n');
  const leaks = o.citizenOnly.filter((text) => everything.includes(text));
  return { projectorMessages: messages, projectorFrames: frames, leaks };
}
