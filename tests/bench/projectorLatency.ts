/**
 * Keystroke in the console → the projector's DOM shows it, through the browser host (real
 * services, real encrypted file, Debian's Chromium): the path a secretary's typing takes
 * during a plenary (console → setDraft → SQLCipher → projection event → projector render).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { createServices } from '../../src/main/services/services.js';
import { startHost } from '../../src/main/host/server.js';
import { findChromium, quietChromiumArgs } from '../../src/main/host/chromium.js';

const root = path.resolve(import.meta.dirname, '../..');
const TEXT = 'Solicitar a la Secretaría de Seguridad Pública un informe mensual de robos por colonia, con mapa y tendencia';

export type LatencyFigures = { keystrokes: number; p50Ms: number; p95Ms: number; maxMs: number } | { skipped: string };

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

export async function measureProjectorLatency(): Promise<LatencyFigures> {
  const executablePath = findChromium();
  if (!executablePath) return { skipped: 'Debian Chromium is not installed (apt-get install -y chromium)' };
  if (!fs.existsSync(path.join(root, 'dist/renderer/console/index.html'))) return { skipped: 'no build: run `npm run build` first' };
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'plenaria-latency-'));
  const services = createServices({ preferencesDir: path.join(dir, 'prefs') });
  const host = await startHost({ services, rendererDir: path.join(root, 'dist/renderer'), bridgeDir: path.join(root, 'dist/host') });
  const browser = await chromium.launch({ executablePath, args: [...quietChromiumArgs(), '--disable-gpu'] });
  try {
    services.workspace.create({ path: path.join(dir, 'latencia.plenaria'), passphrase: 'frase de acceso para medir', name: 'Mesa de medición', municipality: 'Juárez', population: 1_512_450 });
    const today = new Date().toISOString().slice(0, 10);
    const plenary = services.sessions.create({ kind: 'plenary', plenaryType: 'ordinary', scheduledAt: `${today}T17:00`, place: 'Cabildo', committeeId: null, preparesSessionId: null, number: null });
    services.sessions.markConvened(plenary.id, today);
    const live = services.live.start(plenary.id);
    services.live.goTo(plenary.id, live.items[2]!.id);

    const projector = await (await browser.newContext({ viewport: { width: 1920, height: 1080 } })).newPage();
    await projector.goto(host.projectorUrl);
    await projector.getByTestId('projector-live').waitFor();
    await projector.evaluate(() => {
      const seen: { t: number; n: number }[] = [];
      (window as unknown as { __seen: typeof seen }).__seen = seen;
      new MutationObserver(() => {
        const text = document.querySelector('[data-testid="projector-draft-text"]')?.textContent ?? '';
        if (seen.length === 0 || seen[seen.length - 1]!.n !== text.length) seen.push({ t: performance.timeOrigin + performance.now(), n: text.length });
      }).observe(document, { subtree: true, childList: true, characterData: true });
    });

    const page = await (await browser.newContext({ viewport: { width: 1920, height: 1080 } })).newPage();
    await page.goto(host.consoleUrl);
    await page.getByTestId('live-console').waitFor();
    await page.evaluate(() => {
      const downs: number[] = [];
      (window as unknown as { __downs: number[] }).__downs = downs;
      // beforeinput, not keydown: typed accents (í, ú) arrive as text input without a key event.
      document.addEventListener('beforeinput', () => downs.push(performance.timeOrigin + performance.now()), true);
    });
    await page.keyboard.press('Alt+N');
    const field = page.getByTestId('agreement-text');
    await field.focus();
    // About a fast typist's pace: each keystroke is measured on its own.
    await field.pressSequentially(TEXT, { delay: 60 });
    await projector.waitForFunction((n) => (document.querySelector('[data-testid="projector-draft-text"]')?.textContent ?? '').length === n, TEXT.length);

    const downs = await page.evaluate(() => (window as unknown as { __downs: number[] }).__downs);
    const seen = await projector.evaluate(() => (window as unknown as { __seen: { t: number; n: number }[] }).__seen);
    if (downs.length !== TEXT.length) throw new Error(`expected ${TEXT.length} inputs, saw ${downs.length}`);
    const latencies = downs.map((t, i) => seen.find((s) => s.n >= i + 1)!.t - t);
    return {
      keystrokes: latencies.length,
      p50Ms: Math.round(percentile(latencies, 50) * 10) / 10,
      p95Ms: Math.round(percentile(latencies, 95) * 10) / 10,
      maxMs: Math.round(Math.max(...latencies) * 10) / 10,
    };
  } finally {
    await browser.close();
    services.workspace.close();
    await host.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
