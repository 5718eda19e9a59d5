import fs from 'node:fs';
import path from 'node:path';
import crypto from 'node:crypto';
import { AppFailure } from '../appFailure.js';
import { Database, sqliteCode, type Db } from './sqlite.js';
import { LATEST_SCHEMA_VERSION } from './migrate.js';

/** 'Plna': marks a SQLCipher file as a Plenaria workspace and not some other encrypted database. */
export const PLENARIA_APPLICATION_ID = 0x506c6e61;
export const PAGE_SIZE = 4096;
/** Big enough to hold a ten-year Mesa decrypted in memory (negative = KiB). */
const CACHE_KIB = 256 * 1024;
const PLAIN_SQLITE_HEADER = Buffer.from('SQLite format 3\0', 'latin1');

const quote = (value: string): string => `'${value.replaceAll("'", "''")}'`;

/** SQLCipher 4 settings: PBKDF2-HMAC-SHA512, 256,000 iterations, 4096-byte pages, HMAC per page. */
function applyKey(db: Db, passphrase: string): void {
  // A NUL would end the SQL string early: such a passphrase can never have been set.
  if (passphrase.includes('\0')) throw new AppFailure('wrong_passphrase', 'La frase de acceso no es correcta.');
  db.pragma(`cipher='sqlcipher'`);
  db.pragma('legacy=4');
  db.pragma(`key=${quote(passphrase)}`);
}

function applyRuntimePragmas(db: Db): void {
  db.pragma('journal_mode=WAL');
  db.pragma('synchronous=FULL');
  db.pragma('foreign_keys=ON');
  db.pragma('secure_delete=ON');
  db.pragma('temp_store=MEMORY');
  db.pragma(`cache_size=-${CACHE_KIB}`);
}

/** Refuses, before SQLite touches the file, what cannot be a workspace. Reads only. */
function checkFileShape(file: string): void {
  let stat: fs.Stats;
  try {
    stat = fs.statSync(file);
  } catch {
    throw new AppFailure('file_not_found', `No existe el archivo ${file}.`);
  }
  if (!stat.isFile()) throw new AppFailure('not_a_workspace', `${file} no es un archivo.`);
  const head = Buffer.alloc(16);
  const fd = fs.openSync(file, 'r');
  try {
    fs.readSync(fd, head, 0, 16, 0);
  } finally {
    fs.closeSync(fd);
  }
  if (head.equals(PLAIN_SQLITE_HEADER)) {
    throw new AppFailure(
      'not_a_workspace',
      'El archivo es una base de datos SQLite sin cifrar, no un espacio de trabajo de Plenaria.',
    );
  }
  if (stat.size < PAGE_SIZE) {
    throw new AppFailure('not_a_workspace', 'El archivo no es un espacio de trabajo de Plenaria.');
  }
  if (stat.size % PAGE_SIZE !== 0) {
    throw new AppFailure(
      'corrupt_file',
      'El archivo está incompleto o dañado (su tamaño no corresponde a un espacio de trabajo). Use una copia de respaldo.',
    );
  }
}

/**
 * Opens an existing workspace. Every check that can fail runs before the first write,
 * so a refused file is left byte-identical.
 */
export function openWorkspaceDb(file: string, passphrase: string): Db {
  return openChecked(file, passphrase, false);
}

/**
 * Opens a workspace (a backup, usually) only to read it: the same checks, but nothing is
 * written to the file, not even the switch to WAL, so a backup on a USB stick stays
 * byte-identical after a preview.
 */
export function openWorkspaceReadOnly(file: string, passphrase: string): Db {
  return openChecked(file, passphrase, true);
}

function openChecked(file: string, passphrase: string, readonly: boolean): Db {
  checkFileShape(file);
  const db = new Database(file, { fileMustExist: true, readonly });
  try {
    applyKey(db, passphrase);
    try {
      db.prepare('SELECT count(*) FROM sqlite_master').get();
    } catch (err) {
      if (sqliteCode(err) === 'SQLITE_NOTADB') {
        throw new AppFailure(
          'wrong_passphrase',
          'La frase de acceso no es correcta (o el archivo no es un espacio de trabajo de Plenaria).',
        );
      }
      throw corruptFrom(err);
    }
    if (db.pragma('application_id', { simple: true }) !== PLENARIA_APPLICATION_ID) {
      throw new AppFailure(
        'not_a_workspace',
        'El archivo es una base de datos cifrada, pero no un espacio de trabajo de Plenaria.',
      );
    }
    const version = db.pragma('user_version', { simple: true }) as number;
    if (version > LATEST_SCHEMA_VERSION) {
      throw new AppFailure(
        'schema_too_new',
        `El archivo fue creado por una versión más reciente de Plenaria (esquema ${version}; esta versión conoce hasta el ${LATEST_SCHEMA_VERSION}). Actualice Plenaria; el archivo no se modificó.`,
      );
    }
    let check: string;
    try {
      check = String(db.pragma('quick_check', { simple: true }));
    } catch (err) {
      throw corruptFrom(err);
    }
    if (check !== 'ok') throw corruptFrom(new Error(check));
    if (readonly) db.pragma('temp_store=MEMORY');
    else applyRuntimePragmas(db);
    return db;
  } catch (err) {
    db.close();
    throw err;
  }
}

function corruptFrom(err: unknown): AppFailure {
  if (err instanceof AppFailure) return err;
  return new AppFailure(
    'corrupt_file',
    'El archivo está dañado o incompleto y no se puede abrir. Use una copia de respaldo; el archivo no se modificó.',
  );
}

/**
 * Creates a new workspace file without ever leaving a half-written one: it is built
 * under a temporary name in the same folder and linked into place only when complete
 * (link refuses to overwrite an existing file).
 */
export function createWorkspaceFile(
  file: string,
  passphrase: string,
  initialise: (db: Db) => void,
): void {
  if (fs.existsSync(file)) {
    throw new AppFailure('file_exists', `Ya existe un archivo en ${file}; no se sobrescribe.`);
  }
  const dir = path.dirname(file);
  if (!fs.existsSync(dir)) {
    throw new AppFailure('file_not_found', `No existe la carpeta ${dir}.`);
  }
  const tmp = tempSibling(file, 'create');
  fs.closeSync(fs.openSync(tmp, 'wx', 0o600));
  try {
    const db = new Database(tmp);
    try {
      applyKey(db, passphrase);
      db.pragma('journal_mode=DELETE');
      db.pragma('synchronous=FULL');
      db.pragma('foreign_keys=ON');
      db.pragma('secure_delete=ON');
      db.pragma('temp_store=MEMORY');
      db.pragma(`application_id=${PLENARIA_APPLICATION_ID}`);
      initialise(db);
    } finally {
      db.close();
    }
    fsyncFile(tmp);
    try {
      fs.linkSync(tmp, file);
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'EEXIST') {
        throw new AppFailure('file_exists', `Ya existe un archivo en ${file}; no se sobrescribe.`);
      }
      throw err;
    }
    fs.chmodSync(file, 0o600);
  } finally {
    removeWithJournals(tmp);
  }
}

/**
 * Changes the passphrase without ever putting the file at risk. In-place `PRAGMA rekey`
 * is not crash-safe with this library: it needs a rollback journal, and after a crash
 * SQLCipher derives the key from the salt already rewritten on page 1, fails the journal's
 * checksums, and discards the journal, leaving half the pages under each key. So the
 * rekey happens on a copy: `VACUUM INTO` a temporary file (same key), rekey the copy,
 * check that it opens with the new passphrase, then rename it over the original. Rename
 * is atomic, so at any instant exactly one passphrase opens the file.
 * The caller must close its connection to `file` before calling and reopen it after.
 */
export function rekeyFile(file: string, currentPassphrase: string, newPassphrase: string): void {
  const tmp = tempSibling(file, 'rekey');
  try {
    const source = openWorkspaceDb(file, currentPassphrase);
    try {
      source.prepare('VACUUM INTO ?').run(tmp);
    } finally {
      source.close();
    }
    const copy = new Database(tmp, { fileMustExist: true });
    try {
      applyKey(copy, currentPassphrase);
      copy.pragma('journal_mode=DELETE');
      copy.pragma(`rekey=${quote(newPassphrase)}`);
    } finally {
      copy.close();
    }
    openWorkspaceDb(tmp, newPassphrase).close();
    fs.chmodSync(tmp, 0o600);
    fsyncFile(tmp);
    fs.renameSync(tmp, file);
    fsyncFile(path.dirname(file));
  } finally {
    removeWithJournals(tmp);
  }
}

export function tempSibling(file: string, purpose: string): string {
  return path.join(path.dirname(file), `.${path.basename(file)}.${purpose}-${crypto.randomBytes(6).toString('hex')}.tmp`);
}

/**
 * Removes what a crash during create, rekey or restore may have left beside the workspace:
 * an encrypted copy, possibly under a passphrase the user just retired.
 */
export function removeStaleTemporaries(file: string): void {
  const prefix = `.${path.basename(file)}.`;
  for (const name of fs.readdirSync(path.dirname(file))) {
    if (name.startsWith(prefix) && /\.(create|rekey|restore)-[0-9a-f]{12}\.tmp(-journal|-wal|-shm)?$/.test(name)) {
      fs.rmSync(path.join(path.dirname(file), name), { force: true });
    }
  }
}

export function removeWithJournals(file: string): void {
  for (const f of [file, `${file}-journal`, `${file}-wal`, `${file}-shm`]) fs.rmSync(f, { force: true });
}

export function fsyncFile(file: string): void {
  const fd = fs.openSync(file, 'r');
  try {
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
}

export function kdfIterations(db: Db): number {
  return Number(db.pragma('kdf_iter', { simple: true }));
}
