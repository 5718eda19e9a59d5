import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** Debian's Chromium, or CHROMIUM_PATH. */
export function findChromium(): string | null {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'];
  return candidates.find((c): c is string => !!c && fs.existsSync(c)) ?? null;
}

/**
 * Flags that keep Chromium from phoning home (background networking, component updates,
 * sync, translation, safe-browsing lookups): Plenaria makes no network connection, and
 * neither should the browser showing it.
 */
export function quietChromiumArgs(): string[] {
  const args = [
    '--no-first-run',
    '--no-default-browser-check',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--disable-domain-reliability',
    '--disable-breakpad',
    '--disable-client-side-phishing-detection',
    '--disable-features=Translate,OptimizationHints,MediaRouter,AutofillServerCommunication,InterestFeedContentSuggestions',
    '--disable-quic',
    '--metrics-recording-only',
    '--password-store=basic',
  ];
  // Chromium refuses to run as root with its sandbox on (containers, CI); --test-type keeps
  // the "unsupported flag" bar off the projector.
  if (process.getuid?.() === 0) args.push('--no-sandbox', '--test-type');
  return args;
}

export function freshProfileDir(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'plenaria-chromium-'));
}
