import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { WorkspaceService } from '../../src/main/services/workspaceService.js';
import { KDF_ITERATIONS } from '../../src/shared/domain/workspace.js';
import { LATEST_SCHEMA_VERSION } from '../../src/main/db/migrate.js';
import { MESA, PASSPHRASE, createWorkspace, tempDir } from '../support/tempWorkspace.js';

describe('workspace file lifecycle', () => {
  it('creates an owner-only file and leaves no temporary file behind', () => {
    const file = createWorkspace();
    expect(fs.statSync(file).mode & 0o777).toBe(0o600);
    expect(fs.readdirSync(path.dirname(file))).toEqual(['mesa.plenaria']);
  });

  it('unlocks, reports info, locks and closes', () => {
    const file = createWorkspace();
    const ws = new WorkspaceService('app');
    expect(ws.status()).toEqual({ state: 'closed' });
    expect(ws.unlock({ path: file, passphrase: PASSPHRASE })).toEqual({ state: 'open', path: file, mesa: MESA });
    const info = ws.info();
    expect(info).toMatchObject({ ...MESA, schemaVersion: LATEST_SCHEMA_VERSION, cipher: 'sqlcipher', kdfIterations: KDF_ITERATIONS });
    expect(info.counts).toMatchObject({ mesa: 1, committees: 2, people: 0 });
    expect(info.counts.audit_log).toBe(3);
    expect(ws.lock()).toEqual({ state: 'locked', path: file });
    expect(() => ws.info()).toThrow(/bloqueado/);
    expect(ws.close()).toEqual({ state: 'closed' });
  });

  it('uses the pragmas the design asks for', () => {
    const file = createWorkspace();
    const ws = new WorkspaceService('app');
    ws.unlock({ path: file, passphrase: PASSPHRASE });
    const db = ws.connection();
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('synchronous', { simple: true })).toBe(2);
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.pragma('secure_delete', { simple: true })).toBe(1);
    expect(db.pragma('temp_store', { simple: true })).toBe(2);
    expect(Number(db.pragma('cache_size', { simple: true }))).toBeLessThanOrEqual(-65536);
    ws.close();
  });

  it('refuses a short passphrase and an existing file, writing nothing', () => {
    const dir = tempDir();
    const ws = new WorkspaceService('app');
    const file = path.join(dir, 'a.plenaria');
    expect(() => ws.create({ ...MESA, path: file, passphrase: 'corta' })).toThrow(/al menos 12/);
    expect(fs.readdirSync(dir)).toEqual([]);
    fs.writeFileSync(file, 'something precious');
    expect(() => ws.create({ ...MESA, path: file, passphrase: PASSPHRASE })).toThrow(/Ya existe/);
    expect(fs.readFileSync(file, 'utf8')).toBe('something precious');
    expect(fs.readdirSync(dir)).toEqual(['a.plenaria']);
  });

  it('rekeys: the new passphrase opens, the old one no longer does, data intact', () => {
    const file = createWorkspace();
    const ws = new WorkspaceService('app');
    ws.unlock({ path: file, passphrase: PASSPHRASE });
    const next = 'otra frase de acceso larga';
    expect(() => ws.rekey({ currentPassphrase: 'no es la frase actual', newPassphrase: next })).toThrow(/no es correcta/);
    ws.rekey({ currentPassphrase: PASSPHRASE, newPassphrase: next });
    expect(ws.connection().pragma('journal_mode', { simple: true })).toBe('wal');
    ws.close();
    expect(() => ws.unlock({ path: file, passphrase: PASSPHRASE })).toThrow(/no es correcta/);
    expect(ws.unlock({ path: file, passphrase: next })).toMatchObject({ state: 'open', mesa: MESA });
    expect(ws.verify().ok).toBe(true);
    ws.close();
  });
});
