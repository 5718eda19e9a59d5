import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { _electron as electron, type ElectronApplication } from 'playwright-core';
import { afterAll, describe, it } from 'vitest';
import { electronBinary, repoRoot, requireBuild } from './support/environment.js';
import { workspaceFlow } from './specs/workspaceFlow.js';

/** The same flow through the real Electron shell, where its binary exists. */
const binary = electronBinary();
const skip = 'skip' in binary ? binary.skip : null;

describe.skipIf(skip)(`Electron shell${skip ? ` — skipped: ${skip}` : ''}`, () => {
  let app: ElectronApplication | undefined;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'plenaria-electron-'));
  afterAll(async () => {
    await app?.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('first use: create, project, lock, unlock (wrong then right), switch language', async () => {
    requireBuild();
    app = await electron.launch({
      executablePath: (binary as { path: string }).path,
      args: [repoRoot, `--user-data-dir=${path.join(dir, 'user-data')}`],
    });
    const consoleWindow = await app.firstWindow();
    await workspaceFlow({
      console: consoleWindow,
      projector: async () => {
        const found = app!.windows().find((w) => w.url().includes('/projector/'));
        return found ?? app!.waitForEvent('window', (w) => w.url().includes('/projector/'));
      },
      workspaceDir: dir,
      screenshotDir: path.join(repoRoot, 'test-results/screenshots/electron'),
    });
  });
});
