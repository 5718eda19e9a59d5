import type { AttendanceStatus } from '../../domain/compliance.js';
import type { AgreementStatus, AttendanceCounts, CloseWarning, Quorum } from '../../domain/live.js';
import type { PersonKind } from '../../domain/people.js';
import type { AgendaItemDto, SessionDto } from './sessions.js';

/** Times of a live session are local wall-clock instants with seconds: 'YYYY-MM-DDTHH:MM:SS'. */

export type LiveItemState = 'done' | 'current' | 'pending';

export interface LiveItemDto extends AgendaItemDto {
  /** When it last became the current item; null if never reached. */
  startedAt: string | null;
  /** When it was last left. */
  endedAt: string | null;
  /** Seconds used in earlier stretches (an item may be revisited); the current stretch is not included. */
  spentSeconds: number;
  /** What was reported, for the minutes. */
  notes: string;
  state: LiveItemState;
}

export interface AttendeeDto {
  personId: number;
  name: string;
  kind: PersonKind;
  /** Officials: post and institution, as the minutes list them. */
  post: string | null;
  institution: string | null;
  countsForQuorum: boolean;
  /** null: nothing recorded yet. */
  status: AttendanceStatus | null;
  /** 'HH:MM' for late arrivals and early departures. */
  arrivedAt: string | null;
  leftAt: string | null;
  substituteName: string | null;
  justification: string | null;
}

export interface AttendanceInputDto {
  sessionId: number;
  personId: number;
  /** null clears what was recorded. */
  status: AttendanceStatus | null;
  /** 'HH:MM'; null for late / left early means "now". */
  time: string | null;
  substituteName: string | null;
  justification: string | null;
}

export interface AgreementResponsibleDto {
  personId: number;
  name: string;
}

export interface AgreementDto {
  id: number;
  sessionId: number;
  agendaItemId: number | null;
  seq: number;
  code: string;
  text: string;
  committeeId: number | null;
  committeeName: string | null;
  responsibles: AgreementResponsibleDto[];
  dueOn: string | null;
  status: AgreementStatus;
  progress: number;
}

export interface AgreementInputDto {
  agendaItemId: number | null;
  text: string;
  committeeId: number | null;
  responsibleIds: number[];
  dueOn: string | null;
}

/** An agreement of an earlier plenary read in this session's follow-up item. */
export interface FollowupRowDto {
  agreementId: number;
  code: string;
  text: string;
  committeeName: string | null;
  responsible: string | null;
  dueOn: string | null;
  /** The agreement's status and progress now (after this session's follow-up, if recorded). */
  status: AgreementStatus;
  progress: number;
  /** What this session recorded, if it has. */
  recorded: { status: AgreementStatus; progress: number; note: string | null } | null;
}

export interface FollowupInputDto {
  sessionId: number;
  agreementId: number;
  status: AgreementStatus;
  progress: number;
  note: string | null;
}

/**
 * What the secretary has typed but not saved: kept in main (and in the workspace) so the
 * projector shows it as it is typed and a crash loses at most the last keystrokes.
 */
export interface AgreementDraftDto {
  /** null: a new agreement; else the agreement being corrected. */
  agreementId: number | null;
  agendaItemId: number | null;
  text: string;
  committeeId: number | null;
  responsibleIds: number[];
  dueOn: string | null;
}

export interface FollowupDraftDto {
  agreementId: number;
  status: AgreementStatus;
  progress: number;
  note: string;
}

export interface LiveDraftDto {
  agreement: AgreementDraftDto | null;
  followup: FollowupDraftDto | null;
  /** During the indicators item: the indicator on the projector (absent or null: the first). */
  indicatorId?: number | null;
}

export type ProjectorMode = 'live' | 'black' | 'wait';

export interface LiveSessionDto {
  session: SessionDto;
  startedAt: string | null;
  endedAt: string | null;
  currentItemId: number | null;
  items: LiveItemDto[];
  roster: AttendeeDto[];
  counts: AttendanceCounts;
  quorum: Quorum;
  /** Adopted in this session, in order. */
  agreements: AgreementDto[];
  /** The code the next agreement will get. */
  nextCode: string;
  followups: FollowupRowDto[];
  draft: LiveDraftDto;
  projector: ProjectorMode;
  closeWarnings: CloseWarning[];
  /** Main's clock when this was built (local instant): the console's countdown starts from it. */
  now: string;
}

/** People and committees the capture form offers; the indicators the projector can show. */
export interface LiveChoicesDto {
  committees: { id: number; name: string }[];
  people: { id: number; name: string; kind: PersonKind; institution: string | null }[];
  /** Plenary-visible indicators only: the ones the projector may show during the indicators item. */
  indicators: { id: number; name: string }[];
}
