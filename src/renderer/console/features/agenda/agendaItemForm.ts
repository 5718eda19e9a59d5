import type { AgendaItemKind } from '../../../../shared/domain/sessions.js';
import type { AgendaItemDto, AgendaItemInputDto } from '../../../../shared/ipc/contract.js';
import type { MessageKey } from '../../../i18n/translate.js';

export const presenterTypes = ['none', 'person', 'committee', 'institution'] as const;
export type PresenterType = (typeof presenterTypes)[number];

export interface AgendaItemForm {
  kind: AgendaItemKind;
  title: string;
  presenterType: PresenterType;
  personId: string;
  committeeId: string;
  institution: string;
  minutes: string;
  description: string;
}

export type AgendaItemField = keyof AgendaItemForm;

export const agendaItemFields: readonly AgendaItemField[] = [
  'kind',
  'title',
  'presenterType',
  'personId',
  'committeeId',
  'institution',
  'minutes',
  'description',
];

export const MAX_ITEM_MINUTES = 240;

export const newAgendaItemForm = (): AgendaItemForm => ({
  kind: 'other',
  title: '',
  presenterType: 'none',
  personId: '',
  committeeId: '',
  institution: '',
  minutes: '10',
  description: '',
});

export function agendaItemFormOf(item: AgendaItemDto): AgendaItemForm {
  const presenterType: PresenterType =
    item.presenterPersonId !== null
      ? 'person'
      : item.presenterCommitteeId !== null
        ? 'committee'
        : item.presenterInstitution !== null
          ? 'institution'
          : 'none';
  return {
    kind: item.kind,
    title: item.title,
    presenterType,
    personId: item.presenterPersonId === null ? '' : String(item.presenterPersonId),
    committeeId: item.presenterCommitteeId === null ? '' : String(item.presenterCommitteeId),
    institution: item.presenterInstitution ?? '',
    minutes: String(item.minutesAllotted),
    description: item.description ?? '',
  };
}

export function agendaItemProblems(form: AgendaItemForm): Partial<Record<AgendaItemField, MessageKey>> {
  const problems: Partial<Record<AgendaItemField, MessageKey>> = {};
  if (!form.title.trim()) problems.title = 'agendaItem.problem.title';
  if (form.presenterType === 'person' && !form.personId) problems.personId = 'agendaItem.problem.person';
  if (form.presenterType === 'committee' && !form.committeeId) problems.committeeId = 'agendaItem.problem.committee';
  if (form.presenterType === 'institution' && !form.institution.trim()) problems.institution = 'agendaItem.problem.institution';
  const minutes = Number(form.minutes);
  if (!/^\d+$/.test(form.minutes.trim()) || minutes < 1 || minutes > MAX_ITEM_MINUTES) problems.minutes = 'agendaItem.problem.minutes';
  return problems;
}

/** Exactly one presenter, or none: the other two are sent as null. */
export function agendaItemInputOf(form: AgendaItemForm): AgendaItemInputDto {
  return {
    kind: form.kind,
    title: form.title.trim(),
    presenterPersonId: form.presenterType === 'person' ? Number(form.personId) : null,
    presenterCommitteeId: form.presenterType === 'committee' ? Number(form.committeeId) : null,
    presenterInstitution: form.presenterType === 'institution' ? form.institution.trim() : null,
    minutesAllotted: Number(form.minutes),
    description: form.description.trim() || null,
  };
}
