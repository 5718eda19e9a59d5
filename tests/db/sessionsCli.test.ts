import fs from 'node:fs';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { unzip } from '../support/unzip.js';
import { createServices } from '../../src/main/services/services.js';
import { PASSPHRASE, createWorkspace, repoRoot, tempDir } from '../support/tempWorkspace.js';

function cli(args: string[]) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', path.join(repoRoot, 'src/main/cli/index.ts'), ...args], {
    cwd: repoRoot,
    env: { ...process.env, PLENARIA_PASSPHRASE: PASSPHRASE },
    encoding: 'utf8',
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('sessions list and agenda export (CLI)', () => {
  it('lists sessions as JSON and writes the orden del día', () => {
    const ws = createWorkspace();
    const s = createServices({ preferencesDir: path.join(tempDir(), 'prefs') });
    s.workspace.unlock({ path: ws, passphrase: PASSPHRASE });
    const base = { place: 'Cabildo', committeeId: null, preparesSessionId: null, number: null };
    const p = s.sessions.create({ ...base, kind: 'plenary', plenaryType: 'ordinary', scheduledAt: '2026-07-01T17:00' });
    s.sessions.create({ ...base, kind: 'citizen_meeting', plenaryType: null, scheduledAt: '2026-06-27T18:00', preparesSessionId: p.id });
    s.sessions.create({ ...base, kind: 'committee_meeting', plenaryType: null, scheduledAt: '2026-06-20T10:00', committeeId: 2 });
    s.workspace.close();

    const list = cli(['sessions', 'list', ws, '--json']);
    expect(list.code).toBe(0);
    expect(JSON.parse(list.stdout)).toEqual([
      { id: 3, kind: 'committee', subtype: null, number: 1, year: 2026, title: 'Reunión del Comité de indicadores 1/2026', date: '2026-06-20T10:00', status: 'draft', committee: 'Comité de indicadores' },
      { id: 2, kind: 'citizen', subtype: null, number: 1, year: 2026, title: 'Reunión ciudadana 1/2026', date: '2026-06-27T18:00', status: 'draft', prepares: 1 },
      { id: 1, kind: 'plenary', subtype: 'ordinary', number: 1, year: 2026, title: 'Sesión plenaria ordinaria 1/2026', date: '2026-07-01T17:00', status: 'draft' },
    ]);

    const out = path.join(tempDir(), 'orden.docx');
    const exported = cli(['agenda', 'export', ws, '--session', '1', '--out', out]);
    expect(exported.code).toBe(0);
    expect(exported.stdout).toMatch(/SHA-256 [0-9a-f]{64}/);
    const xml = unzip(fs.readFileSync(out)).get('word/document.xml')!.toString('utf8');
    expect(xml).toContain('Presentaciones informales');
    expect(cli(['agenda', 'export', ws, '--session', '2', '--out', path.join(tempDir(), 'rc.docx')])).toMatchObject({ code: 1, stderr: expect.stringMatching(/solo para ciudadanos/) });
    expect(cli(['agenda', 'export', ws, '--out', out])).toMatchObject({ code: 1, stderr: expect.stringMatching(/--session/) });
  });
});
