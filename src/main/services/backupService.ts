import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { AppFailure } from '../appFailure.js';
import { hasPendingWal, keepCopyOf, lastAuditAt, removeStaleBackupTemporaries, replaceWithCopy, writeBackupFile } from '../db/backupFile.js';
import { openWorkspaceReadOnly } from '../db/connection.js';
import { exportRepository } from '../db/repositories/exportRepository.js';
import { mesaRepository } from '../db/repositories/mesaRepository.js';
import { settingsRepository } from '../db/repositories/settingsRepository.js';
import { statsRepository } from '../db/repositories/statsRepository.js';
import {
  DEFAULT_BACKUPS_KEPT,
  MAX_BACKUPS_KEPT,
  type BackupEntryDto,
  type BackupKind,
  type BackupPreviewDto,
  type BackupsDto,
  type RestoreResultDto,
} from '../../shared/ipc/dto/backups.js';
import { verifyAudit } from './auditLog.js';
import type { ServiceContext } from './serviceContext.js';
import type { WorkspaceService } from './workspaceService.js';

/**
 * How many backups to keep is a setting of the Mesa, stored in the workspace (audited, and it
 * travels with the file). Backups are only ever made from an open workspace, so the setting
 * never has to be known while it is locked, and the plaintext preferences need not hold it.
 */
const SETTING_KEY = 'backups';
const DAY_MS = 24 * 60 * 60 * 1000;
const HOUR_MS = 60 * 60 * 1000;

/** Paths from the console are full paths chosen in a dialog; a relative one would land wherever main happens to run. */
function absolute(file: string): string {
  if (!path.isAbsolute(file)) throw new AppFailure('invalid_argument', `Indique la ruta completa del archivo (${file.slice(0, 80)}).`);
  return path.normalize(file);
}

const NAME = /^(.+)-(\d{4}-\d{2}-\d{2}T\d{6}\d{3}Z)-(auto|manual|prerestore)\.plenaria$/;

/** '2026-11-22T10:51:18.123Z' ↔ '2026-11-22T105118123Z': sortable and valid in every file system. */
const stampOf = (at: Date): string => at.toISOString().replace(/[:.]/g, '');
const instantOf = (stamp: string): string =>
  `${stamp.slice(0, 13)}:${stamp.slice(13, 15)}:${stamp.slice(15, 17)}.${stamp.slice(17, 20)}Z`;

function entryOf(file: string): BackupEntryDto {
  const name = path.basename(file);
  const match = NAME.exec(name);
  const stat = fs.statSync(file);
  return {
    path: file,
    name,
    kind: match ? (match[3] as BackupKind) : 'external',
    createdAt: match ? instantOf(match[2]!) : stat.mtime.toISOString(),
    bytes: stat.size,
  };
}

/**
 * Reads a backup with its passphrase, without writing to it, and checks it with the same
 * logic as `verify`: integrity, foreign keys and the audit chain.
 */
export function previewBackup(file: string, passphrase: string): BackupPreviewDto {
  const resolved = path.resolve(file);
  const db = openWorkspaceReadOnly(resolved, passphrase);
  try {
    const integrity = statsRepository.integrityCheck(db);
    const foreignKeys = statsRepository.foreignKeyCheck(db);
    const audit = verifyAudit(db);
    return {
      path: resolved,
      mesa: mesaRepository.get(db),
      backedUpAt: entryOf(resolved).createdAt,
      lastChangeAt: lastAuditAt(db),
      schemaVersion: Number(db.pragma('user_version', { simple: true })),
      counts: statsRepository.counts(db),
      bytes: fs.statSync(resolved).size,
      verified: integrity.length === 0 && foreignKeys.length === 0 && audit.ok,
      problems: [...integrity, ...foreignKeys, ...audit.problems],
    };
  } finally {
    db.close();
  }
}

/**
 * Puts a verified backup at `target`. If a file is there, it must be closed and a copy of it
 * must already exist (`keptCopy`, made by the caller) or is made here as a byte copy.
 * Shared by the app and the CLI.
 */
export function restoreWorkspaceFile(options: { backup: string; passphrase: string; target: string; keepCopyAt: string | null }): BackupPreviewDto {
  const target = path.resolve(options.target);
  const preview = previewBackup(options.backup, options.passphrase);
  if (preview.path === target) throw new AppFailure('invalid_argument', 'La copia de respaldo y el destino son el mismo archivo.');
  if (!preview.verified) {
    throw new AppFailure('corrupt_file', `La copia de respaldo no pasó la verificación; no se restauró nada. ${preview.problems[0] ?? ''}`.trim());
  }
  if (fs.existsSync(target)) {
    if (hasPendingWal(target)) {
      throw new AppFailure(
        'conflict',
        `${target} tiene cambios sin consolidar (no se cerró bien): ábralo y ciérrelo con Plenaria antes de restaurar sobre él. No se modificó nada.`,
      );
    }
    if (options.keepCopyAt) keepCopyOf(target, options.keepCopyAt);
  }
  replaceWithCopy(preview.path, target, (tmp) => openWorkspaceReadOnly(tmp, options.passphrase).close());
  return preview;
}

/** Where the CLI keeps the file a restore replaces: beside it, dated, never overwriting. */
export function keptCopyPath(target: string, at: Date): string {
  const stem = path.basename(target).replace(/\.plenaria$/, '');
  return path.join(path.dirname(target), `${stem}-${stampOf(at)}-prerestore.plenaria`);
}

/**
 * Encrypted backups of the open workspace into the app's backups folder (one subfolder per
 * workspace file), rotation, a copy to any path (a USB stick) and restore with a preview.
 */
export class BackupService {
  private timer: ReturnType<typeof setInterval> | null = null;

  constructor(
    private readonly ctx: ServiceContext,
    private readonly workspace: WorkspaceService,
    private readonly root: string,
    /** True while the daily backup should wait (a live session). */
    private readonly busy: () => boolean = () => false,
  ) {}

  private openFile(): string {
    const status = this.workspace.status();
    if (status.state !== 'open') throw new AppFailure('no_workspace_open', 'No hay un espacio de trabajo abierto.');
    return status.path;
  }

  /**
   * The folder of one workspace's backups: its name plus a hash of its full path, so two
   * files with the same name in different folders never rotate each other's backups.
   */
  dirFor(file: string): string {
    const stem = path.basename(file).replace(/\.plenaria$/, '');
    const hash = crypto.createHash('sha256').update(path.resolve(file)).digest('hex').slice(0, 8);
    return path.join(this.root, `${stem}-${hash}`);
  }

  keep(): number {
    const stored = settingsRepository.get(this.ctx.db(), SETTING_KEY)?.value as { keep?: unknown } | undefined;
    const keep = stored?.keep;
    return typeof keep === 'number' && Number.isInteger(keep) && keep >= 1 && keep <= MAX_BACKUPS_KEPT ? keep : DEFAULT_BACKUPS_KEPT;
  }

  setKeep(keep: number): BackupsDto {
    this.ctx.write((db, audit) => {
      const { id, created } = settingsRepository.set(db, SETTING_KEY, { keep });
      audit(created ? 'insert' : 'update', 'settings', id);
    });
    this.rotate(this.dirFor(this.openFile()), keep);
    return this.list();
  }

  list(): BackupsDto {
    const dir = this.dirFor(this.openFile());
    return { dir, keep: this.keep(), backups: this.entries(dir) };
  }

  private entries(dir: string): BackupEntryDto[] {
    let names: string[];
    try {
      names = fs.readdirSync(dir);
    } catch {
      return [];
    }
    return names
      .filter((n) => NAME.test(n))
      .map((n) => entryOf(path.join(dir, n)))
      .sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  }

  /** A backup into the app's folder now; `auto` for close and the daily one. */
  create(kind: BackupKind = 'manual'): BackupEntryDto {
    const file = this.openFile();
    const dir = this.dirFor(file);
    fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
    removeStaleBackupTemporaries(dir);
    const stem = path.basename(file).replace(/\.plenaria$/, '');
    // Two backups in the same millisecond (close right after a manual one) get the next free instant.
    let at = this.ctx.now().getTime();
    while (fs.existsSync(path.join(dir, `${stem}-${stampOf(new Date(at))}-${kind}.plenaria`))) at++;
    const target = path.join(dir, `${stem}-${stampOf(new Date(at))}-${kind}.plenaria`);
    writeBackupFile(this.ctx.db(), target);
    if (kind !== 'prerestore') this.rotate(dir, this.keep());
    return entryOf(target);
  }

  /** A copy anywhere the user chooses (a USB stick): same passphrase, never over an existing file. */
  backupTo(target: string): BackupEntryDto {
    this.openFile();
    const resolved = absolute(target);
    removeStaleBackupTemporaries(path.dirname(resolved));
    const bytes = writeBackupFile(this.ctx.db(), resolved);
    // A copy that leaves the app's folder is logged like every export (encrypted, but it is out there).
    const sha256 = crypto.createHash('sha256').update(fs.readFileSync(resolved)).digest('hex');
    this.ctx.write((db, audit) => {
      audit('insert', 'exports', exportRepository.insert(db, { sessionId: null, kind: 'encrypted_backup', filename: path.basename(resolved), sha256, size: bytes }));
    });
    return entryOf(resolved);
  }

  preview(file: string, passphrase: string): BackupPreviewDto {
    return previewBackup(absolute(file), passphrase);
  }

  /**
   * Replaces the open workspace with a backup. First a checked copy of the current file goes
   * to the backups folder (never rotated away); then the workspace is locked, the backup put
   * in place, and the restored file opened with the backup's passphrase. If anything fails
   * after the lock, the workspace stays locked on whichever whole file is in place.
   */
  restore(file: string, passphrase: string): RestoreResultDto {
    const current = this.openFile();
    // Refused here, before the copy and the lock, if the passphrase or the backup is wrong.
    const preview = previewBackup(absolute(file), passphrase);
    if (!preview.verified) {
      throw new AppFailure('corrupt_file', `La copia de respaldo no pasó la verificación; no se restauró nada. ${preview.problems[0] ?? ''}`.trim());
    }
    if (preview.path === current) throw new AppFailure('invalid_argument', 'Ese es el archivo abierto, no una copia de respaldo.');
    const kept = this.create('prerestore');
    this.workspace.lock();
    restoreWorkspaceFile({ backup: preview.path, passphrase, target: current, keepCopyAt: null });
    const status = this.workspace.unlock({ path: current, passphrase });
    return { restoredFrom: preview.path, keptCopy: kept.path, status };
  }

  /** Keeps the newest `keep` automatic and manual backups; copies kept by a restore stay. */
  private rotate(dir: string, keep: number): void {
    const rotating = this.entries(dir).filter((e) => e.kind === 'auto' || e.kind === 'manual');
    for (const old of rotating.slice(keep)) fs.rmSync(old.path, { force: true });
  }

  /**
   * The automatic backup (on close, and daily). A failure must not stop the close it runs in,
   * so it is reported and swallowed; the message never holds the passphrase, which this
   * service never sees.
   */
  automatic(): BackupEntryDto | null {
    try {
      return this.create('auto');
    } catch (err) {
      console.error(`[plenaria] automatic backup failed: ${err instanceof Error ? err.message : String(err)}`);
      return null;
    }
  }

  /** The daily backup: one when the newest automatic one is a day old, checked every hour. */
  tick(): BackupEntryDto | null {
    if (this.workspace.status().state !== 'open' || this.busy()) return null;
    const newest = this.entries(this.dirFor(this.openFile())).find((e) => e.kind === 'auto');
    if (newest && this.ctx.now().getTime() - Date.parse(newest.createdAt) < DAY_MS) return null;
    return this.automatic();
  }

  /** Unref'd: the timer never keeps a process (the CLI, a test) alive. */
  startDaily(intervalMs = HOUR_MS): void {
    this.stopDaily();
    this.timer = setInterval(() => this.tick(), intervalMs);
    this.timer.unref();
  }

  stopDaily(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
  }
}
