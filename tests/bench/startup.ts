/**
 * Browser host launch → the unlock screen ready for the passphrase, in Debian's Chromium: what
 * the coordinator waits for in front of the room. From before the host starts to the moment the
 * unlock button is enabled and the passphrase field has the focus.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { createServices } from '../../src/main/services/services.js';
import { startHost } from '../../src/main/host/server.js';
import { findChromium, quietChromiumArgs } from '../../src/main/host/chromium.js';

const root = path.resolve(import.meta.dirname, '../..');
const RUNS = 3;

export type StartupFigures = { runs: number; p50Ms: number; hostMs: number; browserMs: number; pageMs: number } | { skipped: string };

export async function measureStartup(): Promise<StartupFigures> {
  const executablePath = findChromium();
  if (!executablePath) return { skipped: 'Debian Chromium is not installed (apt-get install -y chromium)' };
  if (!fs.existsSync(path.join(root, 'dist/renderer/console/index.html'))) return { skipped: 'no build: run `npm run build` first' };
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'plenaria-startup-'));
  try {
    const runs: { total: number; host: number; browser: number; page: number }[] = [];
    for (let i = 0; i < RUNS; i++) {
      // A workspace opened before and now locked: the app starts on its unlock screen.
      const services = createServices({ preferencesDir: path.join(dir, `prefs-${i}`) });
      services.workspace.create({ path: path.join(dir, `arranque-${i}.plenaria`), passphrase: 'frase de acceso para medir', name: 'Mesa de medición', municipality: 'Juárez', population: 1_512_450 });
      services.workspace.lock();
      const t0 = performance.now();
      const host = await startHost({ services, rendererDir: path.join(root, 'dist/renderer'), bridgeDir: path.join(root, 'dist/host') });
      const t1 = performance.now();
      const browser = await chromium.launch({ executablePath, args: [...quietChromiumArgs(), '--disable-gpu'] });
      try {
        const page = await (await browser.newContext({ viewport: { width: 1920, height: 1080 } })).newPage();
        const t2 = performance.now();
        await page.goto(host.consoleUrl);
        await page.waitForFunction(() => {
          const button = document.querySelector('[data-testid="unlock-submit"]');
          return button instanceof HTMLButtonElement && !button.disabled && document.activeElement instanceof HTMLInputElement;
        });
        const t3 = performance.now();
        runs.push({ total: t3 - t0, host: t1 - t0, browser: t2 - t1, page: t3 - t2 });
      } finally {
        await browser.close();
        services.workspace.close();
        await host.close();
      }
    }
    runs.sort((a, b) => a.total - b.total);
    const median = runs[Math.floor(runs.length / 2)]!;
    return { runs: runs.length, p50Ms: Math.round(median.total), hostMs: Math.round(median.host), browserMs: Math.round(median.browser), pageMs: Math.round(median.page) };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
