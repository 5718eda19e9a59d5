import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { Database } from '../../src/main/db/sqlite.js';
import { WorkspaceService } from '../../src/main/services/workspaceService.js';
import { createServices } from '../../src/main/services/services.js';
import { restoreWorkspaceFile } from '../../src/main/services/backupService.js';
import { createHandlers } from '../../src/main/ipc/handlers.js';
import { dispatch } from '../../src/main/ipc/dispatch.js';
import { MESA, PASSPHRASE, createWorkspace, sha256File, tempDir } from '../support/tempWorkspace.js';
import { openServices, person } from '../support/servicesHarness.js';

/** Opens a file with a passphrase the way any SQLCipher 4 tool would; throws if it cannot. */
function readMesaName(file: string, passphrase: string | null): string {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    if (passphrase !== null) {
      db.pragma(`cipher='sqlcipher'`);
      db.pragma('legacy=4');
      db.pragma(`key='${passphrase.replaceAll("'", "''")}'`);
    }
    return (db.prepare('SELECT name FROM mesa').get() as { name: string }).name;
  } finally {
    db.close();
  }
}

function servicesWithClock(start = '2026-06-15T09:00:00.000Z') {
  let now = new Date(start);
  const file = createWorkspace();
  const prefs = path.join(tempDir(), 'prefs');
  const s = createServices({ preferencesDir: prefs, now: () => now, today: () => now.toISOString().slice(0, 10) });
  s.backups.stopDaily();
  s.workspace.unlock({ path: file, passphrase: PASSPHRASE });
  return { s, file, prefs, advance: (ms: number) => (now = new Date(now.getTime() + ms)) };
}

describe('encrypted backups', () => {
  it('writes a copy that opens with the passphrase and not without, and leaves no temporary file', () => {
    const { s, prefs } = servicesWithClock();
    s.people.create(person('Ana Martínez'));
    const entry = s.backups.create();
    expect(entry.kind).toBe('manual');
    expect(path.dirname(path.dirname(entry.path))).toBe(path.join(prefs, 'backups'));
    expect(fs.statSync(entry.path).mode & 0o777).toBe(0o600);
    expect(readMesaName(entry.path, PASSPHRASE)).toBe(MESA.name);
    expect(() => readMesaName(entry.path, null)).toThrow(/not a database/);
    expect(() => readMesaName(entry.path, 'otra frase de acceso cualquiera')).toThrow(/not a database/);
    expect(fs.readFileSync(entry.path).includes(Buffer.from('Ana Martínez'))).toBe(false);
    expect(fs.readdirSync(path.dirname(entry.path))).toEqual([entry.name]);
    const preview = s.backups.preview(entry.path, PASSPHRASE);
    expect(preview).toMatchObject({ mesa: MESA, verified: true, problems: [], backedUpAt: '2026-06-15T09:00:00.000Z' });
    expect(preview.counts.people).toBe(1);
  });

  it('rotates: keeps the setting’s number of automatic and manual backups, never the pre-restore copies', () => {
    const { s, advance } = servicesWithClock();
    expect(s.backups.list().keep).toBe(10);
    for (let i = 0; i < 12; i++) {
      advance(60_000);
      s.backups.create(i % 2 === 0 ? 'auto' : 'manual');
    }
    expect(s.backups.list().backups).toHaveLength(10);
    s.backups.create('prerestore');
    const listed = s.backups.setKeep(3);
    expect(listed.keep).toBe(3);
    expect(listed.backups.map((b) => b.kind).sort()).toEqual(['auto', 'manual', 'manual', 'prerestore']);
    // The setting lives in the workspace, audited.
    expect(s.workspace.verify().ok).toBe(true);
    advance(60_000);
    s.backups.create();
    expect(s.backups.list().backups.filter((b) => b.kind !== 'prerestore')).toHaveLength(3);
    // Newest first.
    const dates = s.backups.list().backups.map((b) => b.createdAt);
    expect([...dates].sort().reverse()).toEqual(dates);
  });

  it('backs up on close and once a day while open', () => {
    const { s, advance } = servicesWithClock();
    expect(s.backups.tick()?.kind).toBe('auto');
    advance(60 * 60 * 1000);
    expect(s.backups.tick()).toBeNull();
    advance(24 * 60 * 60 * 1000);
    expect(s.backups.tick()?.kind).toBe('auto');
    const dir = s.backups.list().dir;
    s.workspace.close();
    expect(fs.readdirSync(dir).filter((n) => n.endsWith('-auto.plenaria'))).toHaveLength(3);
    expect(s.backups.tick()).toBeNull();
  });

  it('puts the daily backup off while a session is live', () => {
    const { s, advance } = servicesWithClock('2026-06-05T17:00:00.000Z');
    const plenary = s.sessions.create({ kind: 'plenary', plenaryType: 'ordinary', scheduledAt: '2026-06-05T17:00', place: null, committeeId: null, preparesSessionId: null, number: null });
    s.sessions.markConvened(plenary.id, '2026-06-01');
    s.live.start(plenary.id);
    expect(s.backups.tick()).toBeNull();
    expect(s.backups.list().backups).toEqual([]);
    advance(60 * 60 * 1000);
    s.live.close(plenary.id);
    expect(s.backups.tick()?.kind).toBe('auto');
  });

  it('backs up to a chosen path, never over an existing file', () => {
    const { s } = servicesWithClock();
    const usb = tempDir();
    const target = path.join(usb, 'respaldo.plenaria');
    expect(s.backups.backupTo(target)).toMatchObject({ path: target, kind: 'external' });
    expect(readMesaName(target, PASSPHRASE)).toBe(MESA.name);
    const hash = sha256File(target);
    // Logged like every export, and recognisable later by its hash.
    expect(s.workspace.info().counts.exports).toBe(1);
    expect(s.workspace.verify().ok).toBe(true);
    expect(() => s.backups.backupTo(target)).toThrow(/no se sobrescribe/);
    expect(sha256File(target)).toBe(hash);
    expect(() => s.backups.backupTo(path.join(usb, 'no-existe', 'x.plenaria'))).toThrow(/No existe la carpeta/);
    expect(fs.readdirSync(usb)).toEqual(['respaldo.plenaria']);
  });

  it('previews without writing to the backup and refuses a wrong passphrase', () => {
    const { s } = servicesWithClock();
    const entry = s.backups.create();
    const hash = sha256File(entry.path);
    expect(() => s.backups.preview(entry.path, 'no es la frase correcta')).toThrow(/frase de acceso no es correcta/);
    s.backups.preview(entry.path, PASSPHRASE);
    expect(sha256File(entry.path)).toBe(hash);
    expect(fs.readdirSync(path.dirname(entry.path))).toEqual([entry.name]);
  });

  it('restores a backup after keeping a copy of the current file, and reopens the restored one', () => {
    const { s, file, advance } = servicesWithClock();
    s.people.create(person('Ana Martínez'));
    const backup = s.backups.create();
    advance(60_000);
    s.people.create(person('Bruno Pérez'));
    s.people.create(person('Carla Ruiz'));
    const before = s.backups.preview(backup.path, PASSPHRASE);
    expect(before.counts.people).toBe(1);
    advance(60_000);

    const result = s.backups.restore(backup.path, PASSPHRASE);
    expect(result.status).toMatchObject({ state: 'open', path: file });
    expect(s.people.list({}).map((p) => p.fullName)).toEqual(['Ana Martínez']);
    expect(s.workspace.verify().ok).toBe(true);
    // The replaced file is kept, whole and verified, with the two people added after the backup.
    const kept = s.backups.preview(result.keptCopy, PASSPHRASE);
    expect(kept.verified).toBe(true);
    expect(kept.counts.people).toBe(3);
    expect(s.backups.list().backups.find((b) => b.path === result.keptCopy)?.kind).toBe('prerestore');
    expect(fs.readdirSync(path.dirname(file)).filter((n) => n.startsWith('.'))).toEqual([]);
  });

  it('refuses a restore with the wrong passphrase or from a damaged backup, touching nothing', () => {
    const { s, file } = servicesWithClock();
    const backup = s.backups.create();
    expect(() => s.backups.restore(backup.path, 'no es la frase correcta')).toThrow(/frase de acceso/);
    const damaged = path.join(tempDir(), 'dañado.plenaria');
    const bytes = fs.readFileSync(backup.path);
    fs.writeFileSync(damaged, bytes.subarray(0, bytes.length - 4096 - 100));
    expect(() => s.backups.restore(damaged, PASSPHRASE)).toThrow(/incompleto o dañado/);
    expect(s.workspace.status()).toMatchObject({ state: 'open', path: file });
    expect(s.backups.list().backups).toHaveLength(1);
  });

  it('restores to another path (the CLI), keeping a byte copy of a file already there', () => {
    const source = createWorkspace();
    const other = createWorkspace({ ...MESA, name: 'Otra Mesa' });
    const hash = sha256File(other);
    const keep = path.join(path.dirname(other), 'antes.plenaria');
    restoreWorkspaceFile({ backup: source, passphrase: PASSPHRASE, target: other, keepCopyAt: keep });
    expect(sha256File(keep)).toBe(hash);
    expect(readMesaName(other, PASSPHRASE)).toBe(MESA.name);
    const ws = new WorkspaceService('app');
    ws.unlock({ path: other, passphrase: PASSPHRASE });
    expect(ws.verify().ok).toBe(true);
    ws.close();
  });

  it('is reached through the contract with validated arguments', async () => {
    const { s } = openServices();
    s.backups.stopDaily();
    const handlers = createHandlers(s);
    const created = await dispatch(handlers, 'backups', 'create', undefined);
    expect(created.ok).toBe(true);
    expect(await dispatch(handlers, 'backups', 'setKeep', { keep: 0 })).toMatchObject({ ok: false, error: { code: 'invalid_argument' } });
    expect(await dispatch(handlers, 'backups', 'preview', { path: '/no/existe.plenaria', passphrase: PASSPHRASE })).toMatchObject({
      ok: false,
      error: { code: 'file_not_found' },
    });
    const listed = await dispatch(handlers, 'backups', 'list', undefined);
    expect(listed.ok && (listed.value as { backups: unknown[] }).backups).toHaveLength(1);
  });
});
