import type { MesaDto, WorkspaceStatusDto } from '../contract.js';

/**
 * Encrypted backups of the workspace (issue 11): each one is a whole workspace file under the
 * same passphrase. `auto` are made on close and daily while open, `manual` when asked for,
 * `prerestore` keeps the file a restore replaced and is never deleted by rotation.
 */
export const backupKinds = ['auto', 'manual', 'prerestore'] as const;
export type BackupKind = (typeof backupKinds)[number];

export const DEFAULT_BACKUPS_KEPT = 10;
export const MAX_BACKUPS_KEPT = 100;

export interface BackupEntryDto {
  path: string;
  name: string;
  kind: BackupKind | 'external';
  /** UTC ISO instant the copy was made. */
  createdAt: string;
  bytes: number;
}

export interface BackupsDto {
  /** The folder of this workspace's backups, inside the app's data folder. */
  dir: string;
  /** How many automatic and manual backups are kept (a setting of the Mesa). */
  keep: number;
  /** Newest first. */
  backups: BackupEntryDto[];
}

/** What a backup holds, read with its passphrase before anything is replaced. */
export interface BackupPreviewDto {
  path: string;
  mesa: MesaDto;
  /** When the copy was made (from its name, or the file's date for a copy from elsewhere). */
  backedUpAt: string;
  /** The last audited change it contains; null for an empty log. */
  lastChangeAt: string | null;
  schemaVersion: number;
  counts: Record<string, number>;
  bytes: number;
  /** Integrity and audit chain of the backup itself. */
  verified: boolean;
  problems: string[];
}

export interface RestoreResultDto {
  restoredFrom: string;
  /** The copy of the file that was replaced. */
  keptCopy: string;
  status: WorkspaceStatusDto;
}
