import type { AgendaItemKind, ConvocationWarning, PlenaryType, SessionKind, SessionStatus } from '../../domain/sessions.js';

/** Instants of a session are local 'YYYY-MM-DDTHH:MM' (the Mesa's wall clock). */
export interface SessionDto {
  id: number;
  kind: SessionKind;
  plenaryType: PlenaryType | null;
  number: number;
  year: number;
  /** "Sesión plenaria ordinaria 7/2026", in Spanish (the documents' language); the UI builds its own with sessionTitle(). */
  title: string;
  scheduledAt: string;
  place: string | null;
  status: SessionStatus;
  committeeId: number | null;
  committeeName: string | null;
  /** A citizen meeting prepares this plenary. */
  preparesSessionId: number | null;
  /** The plenary's citizen meeting, if any. */
  preparedBySessionId: number | null;
  convocationSentOn: string | null;
}

export interface CreateSessionDto {
  kind: SessionKind;
  plenaryType: PlenaryType | null;
  scheduledAt: string;
  place: string | null;
  committeeId: number | null;
  preparesSessionId: number | null;
  /** Omitted: the next number of that kind in that year. */
  number: number | null;
}

export interface AgendaItemDto {
  id: number;
  sessionId: number;
  position: number;
  kind: AgendaItemKind;
  title: string;
  presenterPersonId: number | null;
  presenterCommitteeId: number | null;
  presenterInstitution: string | null;
  /** Who presents, as shown: the person, committee or institution. */
  presenterLabel: string | null;
  minutesAllotted: number;
  description: string | null;
  /** Clock time at which the item starts and ends, from the session's start. */
  startsAt: string;
  endsAt: string;
}

export interface AgendaItemInputDto {
  kind: AgendaItemKind;
  title: string;
  presenterPersonId: number | null;
  presenterCommitteeId: number | null;
  presenterInstitution: string | null;
  minutesAllotted: number;
  description: string | null;
}

export interface OpenAgreementDto {
  id: number;
  code: string;
  text: string;
  status: 'pendiente' | 'en_proceso';
  progress: number;
  dueOn: string | null;
  committeeName: string | null;
  sessionTitle: string;
}

export interface AgendaDto {
  session: SessionDto;
  items: AgendaItemDto[];
  /** Clock time the plenary is expected to end. */
  estimatedEnd: string;
  totalMinutes: number;
  /** Plenary-visible agreements of earlier plenaries still open: they go in the follow-up item. */
  openAgreements: OpenAgreementDto[];
}

/** The citizen meeting's own view: citizen-only, never sent to a plenary surface. */
export interface CitizenMeetingDto {
  meeting: SessionDto;
  plenary: SessionDto | null;
  agenda: AgendaItemDto[];
  /** Preparation note per agenda item id. */
  notes: Record<number, string>;
  topics: CitizenTopicDto[];
  checklist: ChecklistItemDto[];
}

export interface CitizenTopicDto {
  id: number;
  title: string;
  body: string | null;
  isGeneralMatter: boolean;
  promotedItemId: number | null;
}

export interface ChecklistItemDto {
  id: number;
  label: string;
  done: boolean;
}

export type { ConvocationWarning };
