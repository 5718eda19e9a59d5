import { isIsoDay, localToday } from '../../../../shared/domain/dates.js';
import type { CommitteeDto, CommitteeInputDto } from '../../../../shared/ipc/contract.js';
import type { MessageKey } from '../../../i18n/translate.js';

export interface CommitteeForm {
  name: string;
  axis: string;
  description: string;
  coordinatorId: string;
  substituteId: string;
  createdOn: string;
  dissolvedOn: string;
}

export type CommitteeField = keyof CommitteeForm;

export const committeeFields: readonly CommitteeField[] = [
  'name',
  'axis',
  'description',
  'coordinatorId',
  'substituteId',
  'createdOn',
  'dissolvedOn',
];

export function newCommitteeForm(today: string = localToday()): CommitteeForm {
  return { name: '', axis: '', description: '', coordinatorId: '', substituteId: '', createdOn: today, dissolvedOn: '' };
}

export function committeeFormOf(c: CommitteeDto): CommitteeForm {
  return {
    name: c.name,
    axis: c.axis ?? '',
    description: c.description ?? '',
    coordinatorId: c.coordinatorId === null ? '' : String(c.coordinatorId),
    substituteId: c.substituteId === null ? '' : String(c.substituteId),
    createdOn: c.createdOn,
    dissolvedOn: c.dissolvedOn ?? '',
  };
}

export function committeeInputOf(form: CommitteeForm): CommitteeInputDto {
  return {
    name: form.name.trim(),
    axis: form.axis.trim() || null,
    description: form.description.trim() || null,
    coordinatorId: form.coordinatorId ? Number(form.coordinatorId) : null,
    substituteId: form.substituteId ? Number(form.substituteId) : null,
    createdOn: form.createdOn,
    dissolvedOn: form.dissolvedOn || null,
  };
}

export function committeeFormProblems(form: CommitteeForm): Partial<Record<CommitteeField, MessageKey>> {
  const problems: Partial<Record<CommitteeField, MessageKey>> = {};
  if (!form.name.trim()) problems.name = 'committee.problem.name';
  if (form.coordinatorId && form.coordinatorId === form.substituteId) problems.substituteId = 'committee.problem.sameCoordinator';
  if (!isIsoDay(form.createdOn)) problems.createdOn = 'committee.problem.created';
  if (form.dissolvedOn && (!isIsoDay(form.dissolvedOn) || form.dissolvedOn < form.createdOn)) {
    problems.dissolvedOn = 'committee.problem.dissolved';
  }
  return problems;
}
