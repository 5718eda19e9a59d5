import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createWorkspaceFile } from '../../src/main/db/connection.js';
import { LATEST_SCHEMA_VERSION, migrate, migrations } from '../../src/main/db/migrate.js';
import { mesaRepository } from '../../src/main/db/repositories/mesaRepository.js';
import { recordAudit } from '../../src/main/services/auditLog.js';
import { WorkspaceService } from '../../src/main/services/workspaceService.js';
import { PASSPHRASE, tempDir } from '../support/tempWorkspace.js';

describe('migrations', () => {
  it('are numbered 1..n without gaps', () => {
    expect(migrations.map((m) => m.version)).toEqual(migrations.map((_, i) => i + 1));
    expect(LATEST_SCHEMA_VERSION).toBe(migrations.length);
  });

  it('bring a version-1 file forward on unlock, keeping its data and its audit chain', () => {
    const file = path.join(tempDir(), 'v1.plenaria');
    createWorkspaceFile(file, PASSPHRASE, (db) => {
      db.transaction(() => {
        migrations[0]!.up(db);
        db.pragma('user_version=1');
        recordAudit(db, 'app', 'insert', 'mesa', mesaRepository.insert(db, { name: 'Mesa antigua', municipality: 'Chihuahua', population: 937_674 }));
      })();
    });
    const ws = new WorkspaceService('app');
    ws.unlock({ path: file, passphrase: PASSPHRASE });
    const db = ws.connection();
    expect(db.pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA_VERSION);
    expect(db.prepare("SELECT name FROM sqlite_master WHERE name = 'vote_candidates'").get()).toEqual({ name: 'vote_candidates' });
    expect(ws.info()).toMatchObject({ name: 'Mesa antigua', schemaVersion: LATEST_SCHEMA_VERSION });
    expect(ws.verify().ok).toBe(true);
    // Running the runner again changes nothing.
    expect(migrate(db)).toBe(LATEST_SCHEMA_VERSION);
    ws.close();
  });
});
