import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import crypto from 'node:crypto';
import { afterEach } from 'vitest';
import { WorkspaceService } from '../../src/main/services/workspaceService.js';

export const PASSPHRASE = 'correcto caballo batería grapa';
export const MESA = { name: 'Mesa de Seguridad y Justicia de Pruebas', municipality: 'Ciudad Juárez', population: 1_512_450 };

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

/** A fresh temp folder, removed after the test. */
export function tempDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'plenaria-test-'));
  dirs.push(dir);
  return dir;
}

/** A real encrypted workspace file in a temp folder, created through the real service and closed. */
export function createWorkspace(mesa = MESA, passphrase = PASSPHRASE): string {
  const file = path.join(tempDir(), 'mesa.plenaria');
  const ws = new WorkspaceService('app');
  ws.create({ ...mesa, path: file, passphrase });
  ws.close();
  return file;
}

export function sha256File(file: string): string {
  return crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex');
}

export const repoRoot = path.resolve(import.meta.dirname, '../..');
