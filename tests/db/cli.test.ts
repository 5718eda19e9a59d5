import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { Database } from '../../src/main/db/sqlite.js';
import { KDF_ITERATIONS } from '../../src/shared/domain/workspace.js';
import { LATEST_SCHEMA_VERSION } from '../../src/main/db/migrate.js';
import { PASSPHRASE, repoRoot, sha256File, tempDir } from '../support/tempWorkspace.js';

/** The CLI exactly as `npm run -s cli --` runs it, in a child process. */
function cli(args: string[], env: Record<string, string> = {}) {
  const result = spawnSync(process.execPath, ['--import', 'tsx', path.join(repoRoot, 'src/main/cli/index.ts'), ...args], {
    cwd: repoRoot,
    env: { ...process.env, PLENARIA_PASSPHRASE: PASSPHRASE, ...env },
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

const initArgs = (file: string) => ['init', file, '--name', 'Mesa de Chihuahua', '--municipality', 'Chihuahua', '--population', '937674'];

describe('CLI', () => {
  it('init, info --json, verify, rekey on a new file', () => {
    const file = path.join(tempDir(), 'mesa.plenaria');
    expect(cli(initArgs(file))).toMatchObject({ code: 0 });

    const info = cli(['info', file, '--json']);
    expect(info.code).toBe(0);
    const parsed = JSON.parse(info.stdout);
    expect(Object.keys(parsed)).toEqual(['name', 'municipality', 'population', 'schemaVersion', 'cipher', 'kdfIterations', 'counts']);
    expect(parsed).toMatchObject({ name: 'Mesa de Chihuahua', municipality: 'Chihuahua', population: 937674, schemaVersion: LATEST_SCHEMA_VERSION, cipher: 'sqlcipher', kdfIterations: KDF_ITERATIONS });
    expect(parsed.counts).toMatchObject({ mesa: 1, committees: 2, agreements: 0, audit_log: 3 });

    const verify = cli(['verify', file, '--json']);
    expect(verify.code).toBe(0);
    expect(JSON.parse(verify.stdout)).toMatchObject({ ok: true, audit: { ok: true, entries: 3 } });
    expect(cli(['verify', file])).toMatchObject({ code: 0, stdout: expect.stringContaining('auditoría: ok (3 entradas)') });

    const next = 'una frase completamente nueva';
    expect(cli(['rekey', file], { PLENARIA_NEW_PASSPHRASE: next })).toMatchObject({ code: 0 });
    expect(cli(['info', file, '--json'])).toMatchObject({ code: 1, stderr: expect.stringMatching(/no es correcta/) });
    expect(cli(['info', file, '--json'], { PLENARIA_PASSPHRASE: next }).code).toBe(0);
  });

  it('verify exits 2 when a row was changed by raw SQL', () => {
    const file = path.join(tempDir(), 'mesa.plenaria');
    expect(cli(initArgs(file)).code).toBe(0);
    const db = new Database(file);
    db.pragma(`cipher='sqlcipher'`);
    db.pragma('legacy=4');
    db.pragma(`key='${PASSPHRASE}'`);
    db.prepare("UPDATE committees SET name = 'Comité alterado' WHERE id = 1").run();
    db.close();
    const verify = cli(['verify', file]);
    expect(verify.code).toBe(2);
    expect(verify.stdout).toContain('committees#1: modificada fuera de Plenaria');
  });

  it('errors go to stderr with exit 1 and leave the file untouched', () => {
    const file = path.join(tempDir(), 'mesa.plenaria');
    expect(cli(initArgs(file)).code).toBe(0);
    const before = sha256File(file);
    expect(cli(['info', file], { PLENARIA_PASSPHRASE: 'equivocada equivocada' })).toMatchObject({ code: 1, stdout: '', stderr: expect.stringMatching(/^Error: La frase de acceso no es correcta/) });
    expect(cli(initArgs(file))).toMatchObject({ code: 1, stderr: expect.stringMatching(/Ya existe/) });
    expect(sha256File(file)).toBe(before);
    expect(cli(['init', path.join(tempDir(), 'x.plenaria'), '--name', 'X', '--municipality', 'Y', '--population', 'muchos'])).toMatchObject({ code: 1, stderr: expect.stringMatching(/--population/) });
    expect(cli(['frobnicate', file])).toMatchObject({ code: 1, stderr: expect.stringMatching(/Comando desconocido/) });
    expect(cli(['info', file], { PLENARIA_PASSPHRASE: '' })).toMatchObject({ code: 1, stderr: expect.stringMatching(/PLENARIA_PASSPHRASE/) });
  });

  it('never takes the passphrase as an argument', () => {
    const file = path.join(tempDir(), 'mesa.plenaria');
    expect(cli([...initArgs(file), '--passphrase', PASSPHRASE])).toMatchObject({ code: 1, stderr: expect.stringMatching(/passphrase/) });
  });
});
