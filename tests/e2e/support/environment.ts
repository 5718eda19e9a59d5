import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { findChromium } from '../../../src/main/host/chromium.js';

export const repoRoot = path.resolve(import.meta.dirname, '../../..');

/**
 * Why a transport cannot run here, or null when it can. In CI a missing Chromium is a
 * failure (.ci/run installs it); on a developer's machine it is a reported skip.
 */
export function chromiumUnavailable(): string | null {
  if (findChromium()) return null;
  const reason = 'Debian Chromium is not installed (apt-get install -y chromium)';
  if (process.env.CI) throw new Error(`${reason}: CI must install it`);
  return reason;
}

/**
 * Looks for the binary without `require('electron')`: since Electron 45 that call tries to
 * download the binary when it is missing, and nothing in Plenaria may touch the network.
 */
export function electronBinary(): { path: string } | { skip: string } {
  const skip = { skip: 'the Electron binary is not installed on this machine (it cannot be downloaded here)' };
  let dir: string;
  try {
    dir = path.dirname(createRequire(import.meta.url).resolve('electron/package.json'));
  } catch {
    return skip;
  }
  const pathFile = path.join(dir, 'path.txt');
  if (!fs.existsSync(pathFile)) return skip;
  const binary = path.join(dir, 'dist', fs.readFileSync(pathFile, 'utf8').trim());
  return fs.existsSync(binary) ? { path: binary } : skip;
}

export function requireBuild(): void {
  for (const f of ['dist/renderer/console/index.html', 'dist/renderer/projector/index.html', 'dist/host/console-bridge.js']) {
    if (!fs.existsSync(path.join(repoRoot, f))) throw new Error(`${f} is missing: run \`npm run build\` first (npm test does)`);
  }
}
