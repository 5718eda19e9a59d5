import type { PlenaryType, SessionKind } from '../../../../shared/domain/sessions.js';
import type { CreateSessionDto, SessionDto } from '../../../../shared/ipc/contract.js';
import type { MessageKey } from '../../../i18n/translate.js';

export interface SessionForm {
  kind: SessionKind;
  plenaryType: PlenaryType;
  preparesSessionId: string;
  committeeId: string;
  /** 'YYYY-MM-DDTHH:MM', as a datetime-local input gives it. */
  scheduledAt: string;
  place: string;
}

export type SessionField = keyof SessionForm;

export const sessionFields: readonly SessionField[] = ['kind', 'plenaryType', 'preparesSessionId', 'committeeId', 'scheduledAt', 'place'];

export const newSessionForm = (): SessionForm => ({
  kind: 'plenary',
  plenaryType: 'ordinary',
  preparesSessionId: '',
  committeeId: '',
  scheduledAt: '',
  place: '',
});

const LOCAL_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/;

const isLocalInstant = (value: string): boolean => LOCAL_INSTANT.test(value) && !Number.isNaN(Date.parse(value));

export function sessionFormProblems(form: SessionForm): Partial<Record<SessionField, MessageKey>> {
  const problems: Partial<Record<SessionField, MessageKey>> = {};
  if (form.kind === 'citizen_meeting' && !form.preparesSessionId) problems.preparesSessionId = 'sessionForm.problem.prepares';
  if (form.kind === 'committee_meeting' && !form.committeeId) problems.committeeId = 'sessionForm.problem.committee';
  if (!isLocalInstant(form.scheduledAt)) problems.scheduledAt = 'sessionForm.problem.scheduledAt';
  return problems;
}

/** The number is left to main: the next of that kind in that year. */
export function createSessionOf(form: SessionForm): CreateSessionDto {
  return {
    kind: form.kind,
    plenaryType: form.kind === 'plenary' ? form.plenaryType : null,
    scheduledAt: form.scheduledAt,
    place: form.place.trim() || null,
    committeeId: form.kind === 'committee_meeting' ? Number(form.committeeId) : null,
    preparesSessionId: form.kind === 'citizen_meeting' ? Number(form.preparesSessionId) : null,
    number: null,
  };
}

/** A session's date, time and place, changed while it is still being prepared. */
export interface SessionEditForm {
  scheduledAt: string;
  place: string;
}

export type SessionEditField = keyof SessionEditForm;

export const sessionEditFields: readonly SessionEditField[] = ['scheduledAt', 'place'];

export const sessionEditFormOf = (session: SessionDto): SessionEditForm => ({
  scheduledAt: session.scheduledAt,
  place: session.place ?? '',
});

export function sessionEditProblems(form: SessionEditForm): Partial<Record<SessionEditField, MessageKey>> {
  return isLocalInstant(form.scheduledAt) ? {} : { scheduledAt: 'sessionForm.problem.scheduledAt' };
}

/** What sessions.update takes besides the id: an empty place is no place. */
export const sessionEditOf = (form: SessionEditForm): { scheduledAt: string; place: string | null } => ({
  scheduledAt: form.scheduledAt,
  place: form.place.trim() || null,
});

