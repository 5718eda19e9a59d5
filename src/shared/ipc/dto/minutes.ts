import type { AgendaItemKind, SessionKind, SessionStatus } from '../../domain/sessions.js';

/**
 * The minutes of a held session (issue 8): the plenary's acta, a committee meeting's acta, or a
 * citizen meeting's minuta (citizen-only). Draft → approved → signed; signing seals the content.
 * Days are 'YYYY-MM-DD'; instants are local wall-clock 'YYYY-MM-DDTHH:MM:SS' like the live times,
 * except `exports[].at`, which is the UTC ISO instant the file was logged.
 */

export const minutesStatuses = ['draft', 'approved', 'signed'] as const;
export type MinutesStatus = (typeof minutesStatuses)[number];

export type MinutesLanguage = 'es' | 'en';

/** Scanned paper copy of the signed acta, or any other supporting file. */
export type MinutesAttachmentKind = 'signed_minutes' | 'other';

/** Types a scanner produces; recognised by the file's first bytes, not by its name. */
export const attachmentMimes = ['application/pdf', 'image/png', 'image/jpeg'] as const;
export type AttachmentMime = (typeof attachmentMimes)[number];

export const MAX_ATTACHMENT_BYTES = 25 * 1024 * 1024;

/** One agenda item as the minutes report it (plenary and committee meeting only). */
export interface MinutesItemDto {
  itemId: number;
  position: number;
  kind: AgendaItemKind;
  title: string;
  /** What the secretary noted during the session. */
  notes: string;
  /** The secretary's text for the minutes, when it differs from the notes; null: the notes are printed. */
  text: string | null;
}

export interface MinutesApprovalDto {
  on: string;
  /** The session where the minutes were approved (normally the next plenary); null: approved outside a session. */
  inSessionId: number | null;
  inSessionTitle: string | null;
}

export interface MinutesSealDto {
  /** SHA-256 (hex) of the canonical content stored at signing. */
  sha256: string;
  sealedAt: string;
  /** The stored content still hashes to the seal. */
  intact: boolean;
}

export interface MinutesAddendumDto {
  id: number;
  /** When it was sealed; part of its own seal. */
  at: string;
  body: string;
  /** SHA-256 of the acta's seal, `at` and the body. */
  sha256: string;
}

export interface MinutesAttachmentDto {
  id: number;
  kind: MinutesAttachmentKind;
  filename: string;
  mime: AttachmentMime;
  size: number;
  sha256: string;
  /** UTC ISO instant it was stored. */
  addedAt: string;
}

export interface MinutesExportDto {
  id: number;
  kind: string;
  filename: string;
  sha256: string;
  size: number;
  at: string;
}

export interface MinutesDto {
  sessionId: number;
  sessionKind: SessionKind;
  sessionTitle: string;
  sessionStatus: SessionStatus;
  /** 'YYYY-MM-DDTHH:MM'. */
  scheduledAt: string;
  status: MinutesStatus;
  language: MinutesLanguage;
  /** The per-item text can change now: the session is closed and the minutes are a draft. */
  editable: boolean;
  /** Why nothing can change, in Spanish for the secretary; null when editable. */
  readOnlyReason: string | null;
  /** Plenary and committee meeting: the agenda with notes and edited texts. A citizen meeting's minutes print its preparation notes instead: []. */
  items: MinutesItemDto[];
  approval: MinutesApprovalDto | null;
  seal: MinutesSealDto | null;
  addenda: MinutesAddendumDto[];
  attachments: MinutesAttachmentDto[];
  /** Files exported from these minutes, newest first. */
  exports: MinutesExportDto[];
}

export interface MinutesAttachmentInputDto {
  filename: string;
  /** As declared by the caller; the stored type is the one the content shows (PDF, PNG or JPEG). */
  mime: string;
  bytes: Uint8Array;
  /** Default: the signed paper copy. */
  kind?: MinutesAttachmentKind;
}

export interface MinutesAttachmentContentDto extends MinutesAttachmentDto {
  bytes: Uint8Array;
}

export interface MinutesExportWrittenDto {
  path: string;
  sha256: string;
  bytes: number;
}

/** Whether a file is exactly one Plenaria exported (any export: acta, agenda, matrix, attachment). */
export type ExportVerificationDto =
  | {
      match: true;
      sha256: string;
      exportId: number;
      /** e.g. 'minutes_signed', 'citizen_minutes_draft', 'agenda', 'attachment'. */
      kind: string;
      filename: string;
      /** UTC ISO instant it was written. */
      exportedAt: string;
      sessionId: number | null;
      sessionTitle: string | null;
    }
  | { match: false; sha256: string };
