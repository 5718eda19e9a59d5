import fs from 'node:fs';
import path from 'node:path';
import { AppFailure } from '../appFailure.js';
import { fsyncFile, removeWithJournals, tempSibling } from './connection.js';
import type { Db } from './sqlite.js';
import { DOMAIN_TABLES } from './repositories/tables.js';

/**
 * Encrypted copies of a workspace. `db.backup()` fails on an encrypted file, so a copy is
 * made with `VACUUM INTO`, which writes a compact snapshot under the same key. The copy is
 * written under a temporary name beside its destination, checked, and only then renamed:
 * a crash at any moment leaves either no file under the final name or a complete one.
 */

/** What a copy must share with its source for us to call it faithful. */
interface Fingerprint {
  applicationId: number;
  userVersion: number;
  auditCount: number;
  auditLastHash: string | null;
  rows: Record<string, number>;
}

const SCHEMA = 'backup_copy';

function fingerprint(db: Db, schema: 'main' | typeof SCHEMA): Fingerprint {
  const audit = db.prepare(`SELECT count(*) AS n, (SELECT hash FROM ${schema}.audit_log ORDER BY id DESC LIMIT 1) AS h FROM ${schema}.audit_log`).get() as {
    n: number;
    h: string | null;
  };
  const rows: Record<string, number> = {};
  for (const table of DOMAIN_TABLES) rows[table] = (db.prepare(`SELECT count(*) AS n FROM ${schema}.${table}`).get() as { n: number }).n;
  return {
    applicationId: Number(db.pragma(`${schema}.application_id`, { simple: true })),
    userVersion: Number(db.pragma(`${schema}.user_version`, { simple: true })),
    auditCount: audit.n,
    auditLastHash: audit.h,
    rows,
  };
}

/**
 * The copy is attached to the source connection without a KEY clause, so SQLCipher opens it
 * with the source's key: if it decrypts, the key is right. Then SQLite's own integrity check,
 * and the same audit chain head and row counts as the source.
 */
function checkCopy(db: Db, copy: string): void {
  const source = fingerprint(db, 'main');
  db.prepare(`ATTACH DATABASE ? AS ${SCHEMA}`).run(copy);
  try {
    const integrity = (db.pragma(`${SCHEMA}.integrity_check`) as { integrity_check: string }[]).map((r) => r.integrity_check);
    if (integrity.length !== 1 || integrity[0] !== 'ok') {
      throw new AppFailure('corrupt_file', 'La copia de respaldo no pasó la verificación de integridad; no se guardó.');
    }
    if (JSON.stringify(fingerprint(db, SCHEMA)) !== JSON.stringify(source)) {
      throw new AppFailure('corrupt_file', 'La copia de respaldo no coincide con el espacio de trabajo; no se guardó.');
    }
  } finally {
    db.prepare(`DETACH DATABASE ${SCHEMA}`).run();
  }
}

/**
 * Writes an encrypted, checked copy of the open workspace at `final`, which must not exist.
 * Returns its size in bytes.
 */
export function writeBackupFile(db: Db, final: string): number {
  const dir = path.dirname(final);
  if (!fs.existsSync(dir)) throw new AppFailure('file_not_found', `No existe la carpeta ${dir}.`);
  if (fs.existsSync(final)) throw new AppFailure('file_exists', `Ya existe un archivo en ${final}; no se sobrescribe.`);
  const tmp = tempSibling(final, 'backup');
  try {
    db.prepare('VACUUM INTO ?').run(tmp);
    checkCopy(db, tmp);
    fs.chmodSync(tmp, 0o600);
    fsyncFile(tmp);
    // Checked again just before: rename would replace a file that appeared meanwhile.
    // (No link(): USB sticks are usually FAT, which has no hard links.)
    if (fs.existsSync(final)) throw new AppFailure('file_exists', `Ya existe un archivo en ${final}; no se sobrescribe.`);
    fs.renameSync(tmp, final);
    fsyncFile(dir);
    return fs.statSync(final).size;
  } finally {
    removeWithJournals(tmp);
  }
}

/**
 * Puts a copy of `source` (a backup, already verified by the caller) in place of `target`.
 * The copy is made beside the target and renamed over it, so the target is at every instant
 * either the old file or the whole restored one. `check` opens the temporary copy with the
 * passphrase before it is moved into place.
 */
export function replaceWithCopy(source: string, target: string, check: (tmp: string) => void): void {
  const tmp = tempSibling(target, 'restore');
  try {
    fs.copyFileSync(source, tmp, fs.constants.COPYFILE_EXCL);
    fs.chmodSync(tmp, 0o600);
    fsyncFile(tmp);
    check(tmp);
    // The old file's journals must not outlive it: a WAL left beside the new file would be
    // replayed into it. The caller closed its connection, so these are empty leftovers.
    for (const leftover of [`${target}-wal`, `${target}-shm`, `${target}-journal`]) fs.rmSync(leftover, { force: true });
    fs.renameSync(tmp, target);
    fsyncFile(path.dirname(target));
  } finally {
    removeWithJournals(tmp);
  }
}

/**
 * A workspace that was not closed cleanly keeps recent changes in its WAL; copying or
 * replacing the main file alone would lose them.
 */
export function hasPendingWal(file: string): boolean {
  try {
    return fs.statSync(`${file}-wal`).size > 0;
  } catch {
    return false;
  }
}

/**
 * Byte copy of a closed workspace file, kept before it is replaced; never overwrites. Made
 * under a temporary name and renamed, like a backup: no half copy under the final name.
 */
export function keepCopyOf(file: string, copy: string): void {
  if (fs.existsSync(copy)) throw new AppFailure('file_exists', `Ya existe un archivo en ${copy}; no se sobrescribe.`);
  const tmp = tempSibling(copy, 'backup');
  try {
    fs.copyFileSync(file, tmp, fs.constants.COPYFILE_EXCL);
    fs.chmodSync(tmp, 0o600);
    fsyncFile(tmp);
    fs.renameSync(tmp, copy);
    fsyncFile(path.dirname(copy));
  } finally {
    removeWithJournals(tmp);
  }
}

/** Leftovers of backups interrupted by a crash in `dir`; they are never under a final name. */
export function removeStaleBackupTemporaries(dir: string): void {
  let names: string[];
  try {
    names = fs.readdirSync(dir);
  } catch {
    return;
  }
  for (const name of names) {
    if (/^\..+\.(backup|restore)-[0-9a-f]{12}\.tmp(-journal|-wal|-shm)?$/.test(name)) fs.rmSync(path.join(dir, name), { force: true });
  }
}

/** When the last audited change was made: what a backup's preview calls its latest content. */
export function lastAuditAt(db: Db): string | null {
  const row = db.prepare('SELECT at FROM audit_log ORDER BY id DESC LIMIT 1').get() as { at: string } | undefined;
  return row?.at ?? null;
}
