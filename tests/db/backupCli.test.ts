import fs from 'node:fs';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { WorkspaceService } from '../../src/main/services/workspaceService.js';
import { PASSPHRASE, createWorkspace, repoRoot, sha256File, tempDir, MESA } from '../support/tempWorkspace.js';

function cli(args: string[], env: Record<string, string> = {}) {
  const result = spawnSync(process.execPath, ['--import', 'tsx', path.join(repoRoot, 'src/main/cli/index.ts'), ...args], {
    cwd: repoRoot,
    env: { ...process.env, PLENARIA_PASSPHRASE: PASSPHRASE, ...env },
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('CLI backup and restore', () => {
  it('backup --out writes a verified encrypted copy; restore --to keeps the file it replaces', () => {
    const file = createWorkspace();
    const usb = tempDir();
    const out = path.join(usb, 'respaldo.plenaria');
    const backup = cli(['backup', file, '--out', out]);
    expect(backup).toMatchObject({ code: 0, stdout: expect.stringContaining('verificación: ok') });
    expect(backup.stdout).toContain(MESA.name);
    expect(cli(['backup', file, '--out', out])).toMatchObject({ code: 1, stderr: expect.stringContaining('no se sobrescribe') });

    // Restore over another workspace: a copy of it is kept beside it first.
    const other = createWorkspace({ ...MESA, name: 'Otra Mesa' });
    const otherHash = sha256File(other);
    const restored = cli(['restore', out, '--to', other]);
    expect(restored.code).toBe(0);
    const kept = /se conservó en (.+)$/m.exec(restored.stdout)![1]!;
    expect(sha256File(kept)).toBe(otherHash);
    const ws = new WorkspaceService('cli');
    expect(ws.unlock({ path: other, passphrase: PASSPHRASE })).toMatchObject({ mesa: MESA });
    expect(ws.verify().ok).toBe(true);
    ws.close();

    // Restore to a new path.
    const fresh = path.join(tempDir(), 'nuevo.plenaria');
    expect(cli(['restore', out, '--to', fresh])).toMatchObject({ code: 0 });
    expect(fs.readdirSync(path.dirname(fresh))).toEqual(['nuevo.plenaria']);
  });

  it('refuses a wrong passphrase and bad arguments, writing nothing', () => {
    const file = createWorkspace();
    const out = path.join(tempDir(), 'respaldo.plenaria');
    expect(cli(['backup', file, '--out', out], { PLENARIA_PASSPHRASE: 'no es la frase correcta' })).toMatchObject({ code: 1, stderr: expect.stringContaining('frase de acceso no es correcta') });
    expect(fs.existsSync(out)).toBe(false);
    expect(cli(['backup', file])).toMatchObject({ code: 1, stderr: expect.stringContaining('--out') });
    expect(cli(['restore', file])).toMatchObject({ code: 1, stderr: expect.stringContaining('--to') });
    const target = createWorkspace();
    const hash = sha256File(target);
    expect(cli(['restore', file, '--to', target], { PLENARIA_PASSPHRASE: 'no es la frase correcta' })).toMatchObject({ code: 1 });
    expect(sha256File(target)).toBe(hash);
    expect(fs.readdirSync(path.dirname(target))).toEqual(['mesa.plenaria']);
  });
});
