import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Browser, type BrowserContext } from 'playwright-core';
import { createServices, type Services } from '../../../src/main/services/services.js';
import { startHost, type RunningHost } from '../../../src/main/host/server.js';
import { findChromium, quietChromiumArgs } from '../../../src/main/host/chromium.js';
import { repoRoot, requireBuild } from './environment.js';

export interface HostHarness {
  host: RunningHost;
  services: Services;
  browser: Browser;
  context: BrowserContext;
  /** Every URL any page asked for, so a test can prove nothing left the machine. */
  requests: string[];
  dir: string;
  close(): Promise<void>;
}

/** The real host (real services, real encrypted files in a temp dir) and Debian's Chromium. */
export async function startHarness(): Promise<HostHarness> {
  requireBuild();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'plenaria-e2e-'));
  const services = createServices({ preferencesDir: path.join(dir, 'prefs'), documentsDir: dir });
  const host = await startHost({
    services,
    rendererDir: path.join(repoRoot, 'dist/renderer'),
    bridgeDir: path.join(repoRoot, 'dist/host'),
  });
  const browser = await chromium.launch({
    executablePath: findChromium()!,
    args: [...quietChromiumArgs(), '--disable-gpu'],
  });
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'es-MX' });
  const requests: string[] = [];
  context.on('request', (r) => requests.push(r.url()));
  context.on('page', (p) => p.on('websocket', (ws) => requests.push(ws.url())));
  return {
    host,
    services,
    browser,
    context,
    requests,
    dir,
    close: async () => {
      await browser.close();
      services.workspace.close();
      await host.close();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Requests that did not go to this host on loopback. */
export function foreignRequests(requests: string[], port: number): string[] {
  const ours = [`http://127.0.0.1:${port}/`, `ws://127.0.0.1:${port}/`];
  return requests.filter((u) => !ours.some((o) => u.startsWith(o)) && !u.startsWith('data:') && !u.startsWith('blob:'));
}
