import { useId, useState, type FormEvent } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { DEFAULT_RULES, type MesaRules } from '../../../../../shared/domain/rules.js';
import { ErrorMessage } from '../../../../components/ErrorMessage.js';
import { Field } from '../../../../components/Field.js';
import { Notice } from '../../../../components/Notice.js';
import { useCheckedForm } from '../../../../forms/useCheckedForm.js';
import { errorText } from '../../../../i18n/errorText.js';
import type { MessageKey } from '../../../../i18n/translate.js';
import { useT } from '../../../../i18n/useT.js';
import { ruleFields, rulesFormOf, rulesFormProblems, rulesOf, ruleSpecs, type RuleField } from '../rulesForm.js';
import { rulesSelectors } from '../selectors/rulesSelectors.js';
import { useRulesStore } from '../store/rulesStore.js';

const defaults = rulesFormOf(DEFAULT_RULES);

const groups: { title: MessageKey; fields: RuleField[] }[] = [
  { title: 'rules.group.attendance', fields: ['maxUnjustifiedAbsencePct'] },
  { title: 'rules.group.admission', fields: ['admissionQuorumPct', 'admissionRejectPct', 'reapplyAfterYears'] },
  {
    title: 'rules.group.election',
    fields: ['electionQuorumPct', 'majorityNumerator', 'coordinatorTermYears', 'electionWarningDays', 'requiredSubstitutes'],
  },
  { title: 'rules.group.committees', fields: ['monthsWithoutCommittee'] },
  { title: 'rules.group.plenary', fields: ['plenaryQuorumPct'] },
];

const labels: Record<RuleField, MessageKey> = {
  maxUnjustifiedAbsencePct: 'rules.maxUnjustifiedAbsencePct',
  admissionQuorumPct: 'rules.admissionQuorumPct',
  admissionRejectPct: 'rules.admissionRejectPct',
  reapplyAfterYears: 'rules.reapplyAfterYears',
  electionQuorumPct: 'rules.electionQuorumPct',
  majorityNumerator: 'rules.majorityNumerator',
  majorityDenominator: 'rules.majorityDenominator',
  coordinatorTermYears: 'rules.coordinatorTermYears',
  electionWarningDays: 'rules.electionWarningDays',
  requiredSubstitutes: 'rules.requiredSubstitutes',
  monthsWithoutCommittee: 'rules.monthsWithoutCommittee',
  plenaryQuorumPct: 'rules.plenaryQuorumPct',
};

const hints: Record<Exclude<RuleField, 'majorityDenominator'>, MessageKey> = {
  maxUnjustifiedAbsencePct: 'rules.hint.maxUnjustifiedAbsencePct',
  admissionQuorumPct: 'rules.hint.admissionQuorumPct',
  admissionRejectPct: 'rules.hint.admissionRejectPct',
  reapplyAfterYears: 'rules.hint.reapplyAfterYears',
  electionQuorumPct: 'rules.hint.electionQuorumPct',
  majorityNumerator: 'rules.hint.majority',
  coordinatorTermYears: 'rules.hint.coordinatorTermYears',
  electionWarningDays: 'rules.hint.electionWarningDays',
  requiredSubstitutes: 'rules.hint.requiredSubstitutes',
  monthsWithoutCommittee: 'rules.hint.monthsWithoutCommittee',
  plenaryQuorumPct: 'rules.hint.plenaryQuorumPct',
};

export function RulesForm({ rules }: { rules: MesaRules }) {
  const t = useT();
  const { saving, saved, error, save } = useRulesStore(useShallow(rulesSelectors.form));
  const { form, setForm, problem, firstProblem, touch, readyToSubmit } = useCheckedForm({
    initial: () => rulesFormOf(rules),
    fields: ruleFields,
    problemsOf: rulesFormProblems,
    emptyWaitsForSubmit: false,
  });
  const [edited, setEdited] = useState(false);
  const alert = firstProblem ? t(firstProblem) : error && errorText(t, error);

  const majorityId = useId();

  function field(name: RuleField, inFraction: boolean) {
    return (
      <Field
        key={name}
        label={t(labels[name])}
        hideLabel={inFraction}
        testId={`rules-${name}`}
        data-field={name}
        inputMode={ruleSpecs[name].kind === 'integer' ? 'numeric' : 'decimal'}
        autoComplete="off"
        className="input-number"
        hint={inFraction || name === 'majorityDenominator' ? undefined : t(hints[name], { default: defaults[name] })}
        value={form[name]}
        problem={inFraction ? null : problem(name)}
        onChange={(e) => {
          setForm((current) => ({ ...current, [name]: e.target.value }));
          setEdited(true);
        }}
        onBlur={() => touch(name)}
      />
    );
  }

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (readyToSubmit(event) && (await save(rulesOf(form)))) setEdited(false);
  }

  return (
    <form className="form form-wide" noValidate data-testid="rules-form" onSubmit={(event) => void submit(event)}>
      {groups.map((group) => (
        <fieldset key={group.title} className="fieldset">
          <legend>{t(group.title)}</legend>
          {group.fields.map((name) =>
            name === 'majorityNumerator' ? (
              <div key={name} className="fraction" role="group" aria-labelledby={majorityId}>
                <p className="field-label" id={majorityId}>
                  {t('rules.majority')}
                </p>
                <p className="field-hint">
                  {t(hints.majorityNumerator, {
                    default: `${defaults.majorityNumerator}/${defaults.majorityDenominator}`,
                  })}
                </p>
                {(problem('majorityNumerator') ?? problem('majorityDenominator')) && (
                  <p className="field-problem">{problem('majorityNumerator') ?? problem('majorityDenominator')}</p>
                )}
                <div className="fraction-inputs">
                  {field('majorityNumerator', true)}
                  <span className="fraction-bar" aria-hidden="true">
                    /
                  </span>
                  {field('majorityDenominator', true)}
                </div>
              </div>
            ) : (
              field(name, false)
            ),
          )}
        </fieldset>
      ))}
      <ErrorMessage text={alert} />
      <Notice testId="rules-saved" text={saved && !edited ? t('rules.saved') : null} />
      <div className="actions">
        <button type="submit" className="button button-primary" data-testid="rules-save" disabled={saving}>
          {saving ? t('common.saving') : t('rules.save')}
        </button>
        <button
          type="button"
          className="button button-secondary"
          data-testid="rules-defaults"
          onClick={() => {
            setForm(defaults);
            setEdited(true);
          }}
        >
          {t('rules.useDefaults')}
        </button>
      </div>
    </form>
  );
}
