/**
 * Locks, unlock back-off and the audit log (issue 11). None of these carries a Mesa's
 * content: the audit log lists when, who, what kind of change and which row, never the text.
 */

/** Minutes without input in the console before the workspace locks itself. */
export const DEFAULT_IDLE_LOCK_MINUTES = 10;
export const MIN_IDLE_LOCK_MINUTES = 1;
export const MAX_IDLE_LOCK_MINUTES = 240;

/** How long the unlock screen must wait before the next attempt at this file. */
export interface UnlockDelayDto {
  /** Failed attempts since the last success. */
  failures: number;
  /** 0 when an attempt may be made now. */
  waitSeconds: number;
}

export const auditActions = ['insert', 'update', 'delete'] as const;
export type AuditAction = (typeof auditActions)[number];

export interface AuditEntryDto {
  id: number;
  /** UTC ISO instant. */
  at: string;
  actor: string;
  action: AuditAction;
  /** The table of the changed row. */
  entity: string;
  entityId: number;
}

export interface AuditFilterDto {
  entity?: string;
  action?: AuditAction;
  /** Local calendar days, inclusive. */
  from?: string;
  to?: string;
  /** 0-based page of `pageSize` entries, newest first. */
  page: number;
  pageSize: number;
}

export interface AuditPageDto {
  entries: AuditEntryDto[];
  /** Entries that match the filter, over all pages. */
  total: number;
  /** The tables the log can name, for the filter. */
  entities: string[];
}

export const MAX_AUDIT_PAGE_SIZE = 200;

/** The first entry where the chain stops holding: what `verify` points the reader at. */
export interface AuditBreakDto {
  id: number;
  /** 1-based place in the log, in order. */
  position: number;
  /** missing: an id is skipped; unchained: prev_hash is not the previous entry's hash; altered: the entry's own hash does not match its fields. */
  reason: 'missing' | 'unchained' | 'altered';
  message: string;
}
