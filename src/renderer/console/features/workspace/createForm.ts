import { passphraseProblem } from '../../../../shared/domain/workspace.js';
import type { MessageKey } from '../../../i18n/translate.js';

export interface CreateForm {
  name: string;
  municipality: string;
  population: string;
  path: string;
  passphrase: string;
  confirmation: string;
}

export type CreateField = keyof CreateForm;

/** Field order: the first problem in this order is the one the alert names. */
export const createFields: readonly CreateField[] = [
  'name',
  'municipality',
  'population',
  'path',
  'passphrase',
  'confirmation',
];

/** Accepts "1,500,000" and "1 500 000" as people write them; only whole numbers above zero. */
export function parsePopulation(text: string): number | null {
  const digits = text.replace(/[\s,]/g, '');
  if (!/^\d+$/.test(digits)) return null;
  const value = Number(digits);
  return Number.isSafeInteger(value) && value > 0 ? value : null;
}

/** Checked before any call: a refused form must never reach main. */
export function createFormProblems(form: CreateForm): Partial<Record<CreateField, MessageKey>> {
  const problems: Partial<Record<CreateField, MessageKey>> = {};
  if (!form.name.trim()) problems.name = 'create.problem.name';
  if (!form.municipality.trim()) problems.municipality = 'create.problem.municipality';
  if (parsePopulation(form.population) === null) problems.population = 'create.problem.population';
  if (!form.path.trim()) problems.path = 'create.problem.path';
  if (passphraseProblem(form.passphrase)) problems.passphrase = 'create.problem.passphraseShort';
  if (form.confirmation !== form.passphrase) problems.confirmation = 'create.problem.mismatch';
  return problems;
}
