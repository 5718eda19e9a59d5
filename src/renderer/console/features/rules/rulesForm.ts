import type { MesaRules } from '../../../../shared/domain/rules.js';
import type { MessageKey } from '../../../i18n/translate.js';

/** MesaRules flattened to the form's inputs; the qualified majority is two inputs. */
export const ruleFields = [
  'maxUnjustifiedAbsencePct',
  'admissionQuorumPct',
  'admissionRejectPct',
  'reapplyAfterYears',
  'electionQuorumPct',
  'majorityNumerator',
  'majorityDenominator',
  'coordinatorTermYears',
  'electionWarningDays',
  'requiredSubstitutes',
  'monthsWithoutCommittee',
  'plenaryQuorumPct',
] as const;
export type RuleField = (typeof ruleFields)[number];
export type RulesForm = Record<RuleField, string>;

interface Spec {
  /** Whole numbers only, or a percentage with up to two decimals. */
  kind: 'percent' | 'integer';
  min: number;
  max: number;
  problem: MessageKey;
}

const percent: Spec = { kind: 'percent', min: 0, max: 100, problem: 'rules.problem.percent' };
export const ruleSpecs: Record<RuleField, Spec> = {
  maxUnjustifiedAbsencePct: percent,
  admissionQuorumPct: { ...percent, min: 1 },
  admissionRejectPct: { ...percent, min: 1 },
  reapplyAfterYears: { kind: 'integer', min: 0, max: 10, problem: 'rules.problem.years' },
  electionQuorumPct: percent,
  majorityNumerator: { kind: 'integer', min: 1, max: 100, problem: 'rules.problem.fraction' },
  majorityDenominator: { kind: 'integer', min: 1, max: 100, problem: 'rules.problem.fraction' },
  coordinatorTermYears: { kind: 'integer', min: 1, max: 10, problem: 'rules.problem.term' },
  electionWarningDays: { kind: 'integer', min: 0, max: 365, problem: 'rules.problem.days' },
  requiredSubstitutes: { kind: 'integer', min: 0, max: 10, problem: 'rules.problem.substitutes' },
  monthsWithoutCommittee: { kind: 'integer', min: 1, max: 24, problem: 'rules.problem.months' },
  // "More than 100 %" could never be met: main takes up to 99.99.
  plenaryQuorumPct: { ...percent, max: 99.99, problem: 'rules.problem.quorumPct' },
};

export function rulesFormOf(rules: MesaRules): RulesForm {
  return {
    maxUnjustifiedAbsencePct: String(rules.maxUnjustifiedAbsencePct),
    admissionQuorumPct: String(rules.admissionQuorumPct),
    admissionRejectPct: String(rules.admissionRejectPct),
    reapplyAfterYears: String(rules.reapplyAfterYears),
    electionQuorumPct: String(rules.electionQuorumPct),
    majorityNumerator: String(rules.electionMajority.numerator),
    majorityDenominator: String(rules.electionMajority.denominator),
    coordinatorTermYears: String(rules.coordinatorTermYears),
    electionWarningDays: String(rules.electionWarningDays),
    requiredSubstitutes: String(rules.requiredSubstitutes),
    monthsWithoutCommittee: String(rules.monthsWithoutCommittee),
    plenaryQuorumPct: String(rules.plenaryQuorumPct),
  };
}

/** "12,5" is read like "12.5": a Mexican keyboard writes either. */
function parse(text: string, spec: Spec): number | null {
  const normalized = text.trim().replace(',', '.');
  const pattern = spec.kind === 'integer' ? /^\d+$/ : /^\d+(\.\d{1,2})?$/;
  if (!pattern.test(normalized)) return null;
  const value = Number(normalized);
  return value >= spec.min && value <= spec.max ? value : null;
}

export function rulesFormProblems(form: RulesForm): Partial<Record<RuleField, MessageKey>> {
  const problems: Partial<Record<RuleField, MessageKey>> = {};
  for (const field of ruleFields) {
    if (parse(form[field], ruleSpecs[field]) === null) problems[field] = ruleSpecs[field].problem;
  }
  const numerator = parse(form.majorityNumerator, ruleSpecs.majorityNumerator);
  const denominator = parse(form.majorityDenominator, ruleSpecs.majorityDenominator);
  // A "majority" of more than all the votes could never be reached; less than half is not a majority.
  if (numerator !== null && denominator !== null && (numerator > denominator || numerator * 2 < denominator)) {
    problems.majorityNumerator = 'rules.problem.fraction';
  }
  return problems;
}

/** Only called once rulesFormProblems is empty. */
export function rulesOf(form: RulesForm): MesaRules {
  const n = (field: RuleField) => parse(form[field], ruleSpecs[field])!;
  return {
    maxUnjustifiedAbsencePct: n('maxUnjustifiedAbsencePct'),
    admissionQuorumPct: n('admissionQuorumPct'),
    admissionRejectPct: n('admissionRejectPct'),
    reapplyAfterYears: n('reapplyAfterYears'),
    electionQuorumPct: n('electionQuorumPct'),
    electionMajority: { numerator: n('majorityNumerator'), denominator: n('majorityDenominator') },
    coordinatorTermYears: n('coordinatorTermYears'),
    electionWarningDays: n('electionWarningDays'),
    requiredSubstitutes: n('requiredSubstitutes'),
    monthsWithoutCommittee: n('monthsWithoutCommittee'),
    plenaryQuorumPct: n('plenaryQuorumPct'),
  };
}
