import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { _electron as electron, type ElectronApplication, type Page } from 'playwright-core';
import { afterEach, describe, it } from 'vitest';
import { electronBinary, repoRoot, requireBuild } from './support/environment.js';
import { workspaceFlow } from './specs/workspaceFlow.js';
import { membersFlow } from './specs/membersFlow.js';
import { prepareFlow } from './specs/prepareFlow.js';

/** The same flows as the browser host's, through the real Electron shell, where its binary exists. */
const binary = electronBinary();
const skip = 'skip' in binary ? binary.skip : null;

describe.skipIf(skip)(`Electron shell${skip ? ` — skipped: ${skip}` : ''}`, () => {
  let app: ElectronApplication | undefined;
  let dir: string | undefined;
  const screenshots = path.join(repoRoot, 'test-results/screenshots/electron');

  /** A fresh app with its own user-data folder, so every flow starts at the welcome screen. */
  async function launch(): Promise<{ console: Page; dir: string }> {
    requireBuild();
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'plenaria-electron-'));
    app = await electron.launch({
      executablePath: (binary as { path: string }).path,
      args: [repoRoot, `--user-data-dir=${path.join(dir, 'user-data')}`],
    });
    return { console: await app.firstWindow(), dir };
  }

  afterEach(async () => {
    await app?.close();
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
    app = undefined;
    dir = undefined;
  });

  it('first use: create, project, lock, unlock (wrong then right), switch language', async () => {
    const { console: page, dir: workspaceDir } = await launch();
    await workspaceFlow({
      console: page,
      projector: async () => {
        const found = app!.windows().find((w) => w.url().includes('/projector/'));
        return found ?? app!.waitForEvent('window', (w) => w.url().includes('/projector/'));
      },
      workspaceDir,
      screenshotDir: screenshots,
    });
  });

  it('members: official, CSV import past its preview, offices warnings, committees', async () => {
    const { console: page, dir: workspaceDir } = await launch();
    await membersFlow(page, workspaceDir, screenshots);
  });

  it('prepare a plenary: session, agenda, citizen meeting, promoted topic, convocation DOCX', async () => {
    const { console: page, dir: workspaceDir } = await launch();
    await prepareFlow(page, workspaceDir, screenshots);
  });
});
