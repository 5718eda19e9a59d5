import fs from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { WorkspaceService } from '../../src/main/services/workspaceService.js';
import { Database } from '../../src/main/db/sqlite.js';
import { PASSPHRASE, createWorkspace } from '../support/tempWorkspace.js';

// @journeyapps/sqlcipher embeds Zetetic's SQLCipher 4: the reference implementation.
interface PeerDb {
  serialize(fn: () => void): void;
  run(sql: string, cb?: (err: Error | null) => void): void;
  get(sql: string, cb: (err: Error | null, row: Record<string, unknown>) => void): void;
  close(cb?: (err: Error | null) => void): void;
}
const peer = createRequire(import.meta.url)('@journeyapps/sqlcipher') as {
  Database: new (file: string, mode: number, cb: (err: Error | null) => void) => PeerDb;
  OPEN_READONLY: number;
};

function readWithPeer(file: string, passphrase: string, sql: string): Promise<Record<string, unknown>> {
  return new Promise((resolve, reject) => {
    const db = new peer.Database(file, peer.OPEN_READONLY, (err) => err && reject(err));
    db.serialize(() => {
      db.run(`PRAGMA key = '${passphrase.replaceAll("'", "''")}'`);
      db.get(sql, (err, row) => {
        db.close();
        if (err) reject(err);
        else resolve(row);
      });
    });
  });
}

describe('SQLCipher 4 interoperability', () => {
  it('Zetetic SQLCipher 4 opens a Plenaria file with the passphrase and reads its rows', async () => {
    const file = createWorkspace();
    const row = await readWithPeer(file, PASSPHRASE, 'SELECT name, municipality, population FROM mesa');
    expect(row).toEqual({
      name: 'Mesa de Seguridad y Justicia de Pruebas',
      municipality: 'Ciudad Juárez',
      population: 1_512_450,
    });
    const version = await readWithPeer(file, PASSPHRASE, 'PRAGMA cipher_version');
    expect(String(version.cipher_version)).toMatch(/^4\./);
    await expect(readWithPeer(file, 'una frase equivocada', 'SELECT count(*) FROM mesa')).rejects.toThrow(
      /not a database/,
    );
  });

  it('plain SQLite (no key) cannot read it', () => {
    const file = createWorkspace();
    const db = new Database(file, { readonly: true });
    expect(() => db.prepare('SELECT count(*) FROM sqlite_master').get()).toThrow(/not a database/);
    db.close();
  });

  it('no plaintext reaches the file, its WAL or its shared-memory index', () => {
    const marker = 'MARCADOR-CONFIDENCIAL-7f3a9';
    const file = createWorkspace({ name: `Mesa ${marker}`, municipality: marker, population: 10 });
    const ws = new WorkspaceService('app');
    ws.unlock({ path: file, passphrase: PASSPHRASE });
    const db = ws.connection();
    db.prepare('INSERT INTO settings (key, value) VALUES (?, ?)').run('nota', JSON.stringify(marker.repeat(50)));
    const needle = Buffer.from(marker);
    const files = [file, `${file}-wal`, `${file}-shm`];
    expect(fs.existsSync(`${file}-wal`)).toBe(true);
    for (const f of files) expect(fs.readFileSync(f).includes(needle), f).toBe(false);
    expect(fs.readFileSync(file).includes(Buffer.from(marker, 'utf16le'))).toBe(false);
    ws.close();
    expect(fs.readFileSync(file).includes(needle)).toBe(false);
  });
});
