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

export function electronBinary(): { path: string } | { skip: string } {
  try {
    const binary = createRequire(import.meta.url)('electron') as unknown;
    if (typeof binary === 'string' && fs.existsSync(binary)) return { path: binary };
  } catch {
    // The electron package throws when its binary was never downloaded.
  }
  return { skip: 'the Electron binary is not installed on this machine (ELECTRON_SKIP_BINARY_DOWNLOAD)' };
}

export function requireBuild(): void {
  for (const f of ['dist/renderer/console/index.html', 'dist/renderer/projector/index.html', 'dist/host/console-bridge.js']) {
    if (!fs.existsSync(path.join(repoRoot, f))) throw new Error(`${f} is missing: run \`npm run build\` first (npm test does)`);
  }
}
