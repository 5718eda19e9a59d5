import {
  govOrders,
  govPowers,
  leaveReasons,
  personKinds,
  personProblems,
  type PersonProblem,
} from '../../../../shared/domain/people.js';
import { isIsoDay } from '../../../../shared/domain/dates.js';
import type { PersonDto, PersonInputDto } from '../../../../shared/ipc/contract.js';
import type { MessageKey } from '../../../i18n/translate.js';

/** What the person form holds: text as typed, '' for "not chosen". */
export interface PersonForm {
  kind: string;
  fullName: string;
  email: string;
  phone: string;
  post: string;
  institution: string;
  order: string;
  power: string;
  substituteId: string;
  joinedOn: string;
  leftOn: string;
  leaveReason: string;
  notes: string;
}

export type PersonField = keyof PersonForm;

export const emptyPersonForm: PersonForm = {
  kind: 'citizen',
  fullName: '',
  email: '',
  phone: '',
  post: '',
  institution: '',
  order: '',
  power: '',
  substituteId: '',
  joinedOn: '',
  leftOn: '',
  leaveReason: '',
  notes: '',
};

export function personFormOf(p: PersonDto): PersonForm {
  return {
    kind: p.kind,
    fullName: p.fullName,
    email: p.email ?? '',
    phone: p.phone ?? '',
    post: p.post ?? '',
    institution: p.institution ?? '',
    order: p.order ?? '',
    power: p.power ?? '',
    substituteId: p.substituteId === null ? '' : String(p.substituteId),
    joinedOn: p.joinedOn ?? '',
    leftOn: p.leftOn ?? '',
    leaveReason: p.leaveReason ?? '',
    notes: p.notes ?? '',
  };
}

const text = (value: string): string | null => value.trim() || null;
const oneOf = <T extends string>(values: readonly T[], value: string): T | null =>
  (values as readonly string[]).includes(value) ? (value as T) : null;

/** The DTO main receives. Official-only fields are dropped for everyone else. */
export function personInputOf(form: PersonForm): PersonInputDto {
  const kind = oneOf(personKinds, form.kind) ?? 'citizen';
  const official = kind === 'official';
  return {
    kind,
    fullName: form.fullName.trim(),
    email: text(form.email),
    phone: text(form.phone),
    post: official ? text(form.post) : null,
    institution: official ? text(form.institution) : null,
    order: official ? oneOf(govOrders, form.order) : null,
    power: official ? oneOf(govPowers, form.power) : null,
    substituteId: official && form.substituteId ? Number(form.substituteId) : null,
    joinedOn: text(form.joinedOn),
    leftOn: text(form.leftOn),
    leaveReason: oneOf(leaveReasons, form.leaveReason),
    notes: text(form.notes),
  };
}

const problemFields: Record<PersonProblem, PersonField> = {
  name_required: 'fullName',
  official_needs_post: 'post',
  official_needs_institution: 'institution',
  official_needs_order: 'order',
  official_needs_power: 'power',
  left_before_joined: 'leftOn',
  leave_reason_without_date: 'leftOn',
};

const problemKeys: Record<PersonProblem, MessageKey> = {
  name_required: 'person.problem.name_required',
  official_needs_post: 'person.problem.official_needs_post',
  official_needs_institution: 'person.problem.official_needs_institution',
  official_needs_order: 'person.problem.official_needs_order',
  official_needs_power: 'person.problem.official_needs_power',
  left_before_joined: 'person.problem.left_before_joined',
  leave_reason_without_date: 'person.problem.leave_reason_without_date',
};

/** Field order: the alert names the first problem in this order. */
export const personFields: readonly PersonField[] = [
  'kind',
  'fullName',
  'post',
  'institution',
  'order',
  'power',
  'substituteId',
  'email',
  'phone',
  'joinedOn',
  'leftOn',
  'leaveReason',
  'notes',
];

/** The shared rules (personProblems) plus what only a form can get wrong: a date typed badly. */
export function personFormProblems(form: PersonForm): Partial<Record<PersonField, MessageKey>> {
  const problems: Partial<Record<PersonField, MessageKey>> = {};
  if (form.joinedOn && !isIsoDay(form.joinedOn)) problems.joinedOn = 'common.problem.date';
  if (form.leftOn && !isIsoDay(form.leftOn)) problems.leftOn = 'common.problem.date';
  for (const problem of personProblems(personInputOf(form))) {
    const field = problemFields[problem];
    problems[field] ??= problemKeys[problem];
  }
  return problems;
}
