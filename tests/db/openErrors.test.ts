import fs from 'node:fs';
import path from 'node:path';
import crypto from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { WorkspaceService } from '../../src/main/services/workspaceService.js';
import { Database } from '../../src/main/db/sqlite.js';
import { PASSPHRASE, createWorkspace, sha256File, tempDir } from '../support/tempWorkspace.js';

/** Opening a bad file gives a clear error and leaves the file byte-identical. */
function expectRefusal(file: string, passphrase: string, code: string, message: RegExp): void {
  const before = sha256File(file);
  const ws = new WorkspaceService('app');
  let caught: unknown;
  try {
    ws.unlock({ path: file, passphrase });
  } catch (err) {
    caught = err;
  }
  expect(caught).toMatchObject({ code });
  expect((caught as Error).message).toMatch(message);
  expect(ws.status()).toEqual({ state: 'closed' });
  expect(sha256File(file)).toBe(before);
  expect(fs.existsSync(`${file}-wal`)).toBe(false);
}

describe('refusing files that cannot be opened', () => {
  it('wrong passphrase', () => {
    expectRefusal(createWorkspace(), 'una frase equivocada', 'wrong_passphrase', /no es correcta/);
  });

  it('a junk file', () => {
    const file = path.join(tempDir(), 'notas.plenaria');
    fs.writeFileSync(file, 'Orden del día\n1. Bienvenida\n'.repeat(20));
    expectRefusal(file, PASSPHRASE, 'not_a_workspace', /no es un espacio de trabajo/);
  });

  it('random bytes the size of a database', () => {
    const file = path.join(tempDir(), 'ruido.plenaria');
    fs.writeFileSync(file, crypto.randomBytes(4096 * 3));
    expectRefusal(file, PASSPHRASE, 'wrong_passphrase', /no es un espacio de trabajo de Plenaria/);
  });

  it('a plain, unencrypted SQLite database', () => {
    const file = path.join(tempDir(), 'plano.plenaria');
    const db = new Database(file);
    db.exec('CREATE TABLE t (x); INSERT INTO t VALUES (1);');
    db.close();
    expectRefusal(file, PASSPHRASE, 'not_a_workspace', /sin cifrar/);
  });

  it('a file truncated mid-page', () => {
    const file = createWorkspace();
    fs.truncateSync(file, fs.statSync(file).size - 1000);
    expectRefusal(file, PASSPHRASE, 'corrupt_file', /incompleto o dañado/);
  });

  it('a file truncated at a page boundary', () => {
    const file = createWorkspace();
    const pages = fs.statSync(file).size / 4096;
    fs.truncateSync(file, Math.floor(pages / 2) * 4096);
    expectRefusal(file, PASSPHRASE, 'corrupt_file', /dañado o incompleto/);
  });

  it('a page corrupted in the middle of the file', () => {
    const file = createWorkspace();
    const fd = fs.openSync(file, 'r+');
    fs.writeSync(fd, crypto.randomBytes(64), 0, 64, 4096 * 2 + 100);
    fs.closeSync(fd);
    expectRefusal(file, PASSPHRASE, 'corrupt_file', /dañado/);
  });

  it('a schema newer than this version', () => {
    const file = createWorkspace();
    const ws = new WorkspaceService('app');
    ws.unlock({ path: file, passphrase: PASSPHRASE });
    ws.connection().pragma('user_version=99');
    ws.close();
    expectRefusal(file, PASSPHRASE, 'schema_too_new', /versión más reciente/);
  });

  it('a file that does not exist', () => {
    const ws = new WorkspaceService('app');
    expect(() => ws.unlock({ path: path.join(tempDir(), 'no.plenaria'), passphrase: PASSPHRASE })).toThrow(
      expect.objectContaining({ code: 'file_not_found' }),
    );
  });
});
