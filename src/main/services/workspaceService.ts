import path from 'node:path';
import { AppFailure } from '../appFailure.js';
import type { Db } from '../db/sqlite.js';
import {
  createWorkspaceFile,
  kdfIterations,
  openWorkspaceDb,
  rekeyFile,
  removeStaleTemporaries,
} from '../db/connection.js';
import { migrate } from '../db/migrate.js';
import { mesaRepository } from '../db/repositories/mesaRepository.js';
import { committeeRepository } from '../db/repositories/committeeRepository.js';
import { statsRepository } from '../db/repositories/statsRepository.js';
import { passphraseProblem } from '../../shared/domain/workspace.js';
import type {
  CreateWorkspaceDto,
  MesaDto,
  RekeyWorkspaceDto,
  UnlockDelayDto,
  UnlockWorkspaceDto,
  VerifyReportDto,
  WorkspaceInfoDto,
  WorkspaceStatusDto,
} from '../../shared/ipc/contract.js';
import { recordAudit, verifyAudit, type Actor } from './auditLog.js';
import type { EventBus } from './eventBus.js';
import type { UnlockBackoff } from '../security/unlockBackoff.js';

/** Committees every Mesa has from its first day (DOMAIN.md: the executive and the indicators committee). */
const FOUNDING_COMMITTEES = [
  { name: 'Comité ejecutivo', kind: 'executive', axis: null },
  { name: 'Comité de indicadores', kind: 'indicators', axis: 'Indicadores' },
] as const;

function requirePassphrase(passphrase: string): void {
  const problem = passphraseProblem(passphrase);
  if (problem) throw new AppFailure('weak_passphrase', problem);
}

/**
 * Owns the one open workspace: its file, its database connection (and so the key),
 * and its state. Other services ask it for the connection.
 */
export class WorkspaceService {
  private file: string | null = null;
  private db: Db | null = null;

  constructor(
    private readonly actor: Actor,
    private readonly events?: EventBus,
    private readonly onOpened?: (file: string) => void,
    /** Runs while the connection is still open when the workspace is closed: the automatic backup. */
    private readonly beforeClose?: () => void,
    /** The wait after wrong passphrases; absent for the CLI and tests that open files directly. */
    private readonly backoff?: UnlockBackoff,
  ) {}

  status(): WorkspaceStatusDto {
    if (this.db && this.file) return { state: 'open', path: this.file, mesa: mesaRepository.get(this.db) };
    if (this.file) return { state: 'locked', path: this.file };
    return { state: 'closed' };
  }

  /** The open connection, for the other services. */
  connection(): Db {
    if (!this.db) {
      throw new AppFailure(
        'no_workspace_open',
        this.file ? 'El espacio de trabajo está bloqueado.' : 'No hay un espacio de trabajo abierto.',
      );
    }
    return this.db;
  }

  static initialise(db: Db, mesa: MesaDto, actor: Actor): void {
    migrate(db);
    db.transaction(() => {
      recordAudit(db, actor, 'insert', 'mesa', mesaRepository.insert(db, mesa));
      const today = new Date().toISOString().slice(0, 10);
      for (const c of FOUNDING_COMMITTEES) {
        recordAudit(db, actor, 'insert', 'committees', committeeRepository.insert(db, { ...c, createdOn: today }));
      }
    })();
  }

  create(dto: CreateWorkspaceDto): WorkspaceStatusDto {
    requirePassphrase(dto.passphrase);
    const file = path.resolve(dto.path);
    const mesa = { name: dto.name.trim(), municipality: dto.municipality.trim(), population: dto.population };
    createWorkspaceFile(file, dto.passphrase, (db) => WorkspaceService.initialise(db, mesa, this.actor));
    return this.unlock({ path: file, passphrase: dto.passphrase });
  }

  /**
   * The passphrase is used here and not kept: no field of this service (or any other) holds
   * it, and the key SQLCipher derives from it lives only inside the connection.
   */
  unlock(dto: UnlockWorkspaceDto): WorkspaceStatusDto {
    const file = path.resolve(dto.path);
    this.backoff?.check(file);
    let db: Db;
    try {
      db = openWorkspaceDb(file, dto.passphrase);
    } catch (err) {
      if (err instanceof AppFailure && err.code === 'wrong_passphrase') this.backoff?.failed(file);
      throw err;
    }
    this.backoff?.succeeded(file);
    try {
      migrate(db);
    } catch (err) {
      db.close();
      throw err;
    }
    this.closeConnection();
    removeStaleTemporaries(file);
    this.file = file;
    this.db = db;
    this.onOpened?.(file);
    this.announce();
    return this.status();
  }

  unlockDelay(file: string): UnlockDelayDto {
    return this.backoff?.delay(path.resolve(file)) ?? { failures: 0, waitSeconds: 0 };
  }

  /**
   * Closes the connection, which drops the derived key (SQLCipher frees the key material with
   * the connection); the file stays selected. Everything of the live session is in the file, so
   * unlocking finds it as it was.
   */
  lock(): WorkspaceStatusDto {
    this.closeConnection();
    this.announce();
    return this.status();
  }

  close(): WorkspaceStatusDto {
    if (this.db) this.beforeClose?.();
    this.closeConnection();
    this.file = null;
    this.announce();
    return this.status();
  }

  info(): WorkspaceInfoDto {
    const db = this.connection();
    return {
      ...mesaRepository.get(db),
      path: this.file!,
      schemaVersion: db.pragma('user_version', { simple: true }) as number,
      cipher: String(db.pragma('cipher', { simple: true })),
      kdfIterations: kdfIterations(db),
      counts: statsRepository.counts(db),
    };
  }

  verify(): VerifyReportDto {
    const db = this.connection();
    const integrity = statsRepository.integrityCheck(db);
    const foreignKeys = statsRepository.foreignKeyCheck(db);
    const audit = verifyAudit(db);
    return { ok: integrity.length === 0 && foreignKeys.length === 0 && audit.ok, integrity, foreignKeys, audit };
  }

  /** Rekey asks for the current passphrase again: an unattended unlocked laptop must not allow it. */
  rekey(dto: RekeyWorkspaceDto): void {
    requirePassphrase(dto.newPassphrase);
    const file = this.file;
    if (!file || !this.db) throw new AppFailure('no_workspace_open', 'No hay un espacio de trabajo abierto.');
    openWorkspaceDb(file, dto.currentPassphrase).close();
    this.closeConnection();
    try {
      rekeyFile(file, dto.currentPassphrase, dto.newPassphrase);
    } finally {
      // Reopen with whichever passphrase the file has now; rekeyFile either fully happened or not at all.
      this.db = this.reopen(file, dto.newPassphrase) ?? this.reopen(file, dto.currentPassphrase);
    }
  }

  private reopen(file: string, passphrase: string): Db | null {
    try {
      const db = openWorkspaceDb(file, passphrase);
      migrate(db);
      return db;
    } catch {
      return null;
    }
  }

  private closeConnection(): void {
    if (this.db) {
      this.db.close();
      this.db = null;
    }
  }

  private announce(): void {
    const status = this.status();
    this.events?.emit('workspace', { state: status.state });
  }
}
