import type { MatrixFilter, MatrixRow, MatrixSort } from '../../domain/agreements.js';
import type { AgreementStatus } from '../../domain/live.js';
import type { SessionKind, SessionStatus } from '../../domain/sessions.js';
import type { Visibility } from '../../domain/visibility.js';

/** The agreements matrix (issue 7). Rows are the shared MatrixRow; days are 'YYYY-MM-DD'. */

export interface AgreementFollowUpDto {
  id: number;
  /** The day it was recorded: the session's day, or the import's day for an imported one. */
  on: string;
  /** null for a follow-up imported from a spreadsheet. */
  sessionId: number | null;
  session: string | null;
  status: AgreementStatus;
  progress: number;
  note: string | null;
}

/** One audit entry touching the agreement, its responsibles or its follow-ups: the log keeps hashes, never the text. */
export interface AgreementHistoryDto {
  at: string;
  actor: string;
  action: 'insert' | 'update' | 'delete';
  what: 'agreement' | 'responsible' | 'followup';
}

export interface AgreementDetailDto {
  agreement: MatrixRow;
  visibility: Visibility;
  /** The session that adopted it; its minutes are reached through its id. */
  session: { id: number; title: string; date: string; kind: SessionKind; status: SessionStatus };
  /** Oldest first. */
  followUps: AgreementFollowUpDto[];
  /** Oldest first. */
  history: AgreementHistoryDto[];
}

export interface CommitteeAgreementsDto {
  committee: { id: number; name: string };
  /** Its last meeting before today, if any. */
  lastMeetingOn: string | null;
  /** Open agreements, then those fulfilled or cancelled since that meeting. */
  rows: MatrixRow[];
}

/** The canonical columns of the agreements spreadsheet, in order. */
export const agreementSheetColumns = [
  'clave',
  'acuerdo',
  'sesion',
  'fecha_sesion',
  'comite',
  'responsables',
  'fecha_compromiso',
  'estatus',
  'avance',
  'seguimiento',
] as const;
export type AgreementSheetColumn = (typeof agreementSheetColumns)[number];

/** The sheet as sent from the console or read by the CLI. */
export type AgreementsImportInput = ({ format: 'csv'; text: string } | { format: 'xlsx'; bytes: Uint8Array }) & {
  /** Header as written → the canonical column it holds (null: ignore); see AgreementsSheetDto. */
  mapping?: Record<string, AgreementSheetColumn | null>;
};

export type AgreementImportIssueCode =
  | 'required'
  | 'too_long'
  | 'invalid_date'
  | 'unknown_status'
  | 'invalid_progress'
  | 'duplicate_in_file'
  | 'duplicate_existing'
  | 'duplicate_text'
  | 'unknown_session'
  | 'session_date_mismatch'
  | 'session_year_mismatch'
  | 'session_needs_date'
  | 'session_in_future'
  | 'session_not_held'
  | 'session_ambiguous'
  | 'session_not_creatable'
  | 'unknown_committee'
  | 'unknown_person';

export interface AgreementImportIssueDto {
  /** Canonical column, or null for the whole row. */
  column: AgreementSheetColumn | null;
  code: AgreementImportIssueCode;
  /** The cell as written, when it helps. */
  value?: string;
  /** What was expected instead: the session's day or year, or the line that already has the value. */
  expected?: string;
  /** The problem as a Spanish sentence, column included (the CLI prints it as is). */
  message: string;
}

export interface AgreementImportRowDto {
  /** Line of the CSV or row of the sheet, header = 1. */
  line: number;
  /** The clave given or the one it will get; null while its session is unresolved. */
  code: string | null;
  text: string;
  /** Title of the session it will belong to, existing or to be created. */
  session: string | null;
  issues: AgreementImportIssueDto[];
}

export interface AgreementsImportPreviewDto {
  format: 'csv' | 'xlsx';
  /** The CSV's separator; null for a spreadsheet. */
  delimiter: ',' | ';' | null;
  /** Canonical columns not found / header names that were ignored. */
  missingColumns: AgreementSheetColumn[];
  ignoredColumns: string[];
  rows: AgreementImportRowDto[];
  validRows: number;
  invalidRows: number;
  /** Follow-ups that the valid rows will record. */
  followUps: number;
  /** Sessions named in the file that do not exist: created as past plenaries (closed). */
  newSessions: { title: string; date: string; lines: number[] }[];
  /** Offered for creation; rows needing them are errors unless createMissing. */
  missingCommittees: { name: string; lines: number[] }[];
  missingPeople: { name: string; lines: number[] }[];
  createMissing: boolean;
  /** The file's header as written, and the canonical column each one was read as (null: ignored). */
  header: string[];
  columns: (AgreementSheetColumn | null)[];
}

export interface AgreementsImportResultDto {
  imported: number;
  followUps: number;
  createdSessions: { id: number; title: string }[];
  createdCommittees: { id: number; name: string }[];
  createdPeople: { id: number; name: string }[];
}

export interface MatrixDocxExportDto {
  filter: MatrixFilter;
  sort: MatrixSort | null;
  path: string;
  language: 'es' | 'en';
  /** Leave out citizen-only agreements: for the plenary or any document officials see. */
  plenaryOnly: boolean;
  /** The user confirmed that this DOCX leaves the encrypted workspace unprotected. */
  confirmedLeavesWorkspace: boolean;
}

export interface MatrixPlaintextExportDto {
  filter: MatrixFilter;
  sort: MatrixSort | null;
  path: string;
  format: 'csv' | 'xlsx';
  /** The user confirmed that this file leaves the encrypted workspace unprotected. */
  confirmedLeavesWorkspace: boolean;
}

export interface ExportWrittenDto {
  path: string;
  sha256: string;
  bytes: number;
  rows: number;
}

/**
 * A sheet as it crosses the boundary: text for CSV, base64 for XLSX (the browser host speaks
 * JSON). `mapping` names, for a header as written in the file, the canonical column it holds
 * (null: ignore it); headers not in it are recognised by name.
 */
export type AgreementsSheetDto = ({ format: 'csv'; text: string } | { format: 'xlsx'; base64: string }) & {
  mapping: Record<string, AgreementSheetColumn | null>;
};

/** A named filter + sort + grouping the secretary comes back to ("vencidos del comité de prevención"). */
export interface MatrixViewDto {
  name: string;
  filter: MatrixFilter;
  sort: MatrixSort | null;
  groupByCommittee: boolean;
}

/** What the projector shows of the matrix: plenary-visible agreements only, one page at a time. */
export interface MatrixProjectionDto {
  title: string;
  filter: MatrixFilter;
  sort: MatrixSort | null;
  /** 0-based. */
  page: number;
}
