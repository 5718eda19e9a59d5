import { useState, type FormEvent } from 'react';
import { useShallow } from 'zustand/react/shallow';
import type { IndicatorDto } from '../../../../../shared/ipc/dto/indicators.js';
import { ErrorMessage } from '../../../../components/ErrorMessage.js';
import { Field } from '../../../../components/Field.js';
import { useFormatDay } from '../../../../components/formatDay.js';
import { SelectField } from '../../../../components/SelectField.js';
import { useT } from '../../../../i18n/useT.js';
import { refusalText, unitLabels } from '../indicatorText.js';
import { indicatorsSelectors } from '../selectors/indicatorsSelectors.js';
import { useIndicatorsStore } from '../store/indicatorsStore.js';

interface GoalDraft {
  target: string;
  deadline: string;
  sessionId: string;
  agreementId: string;
}

const EMPTY: GoalDraft = { target: '', deadline: '', sessionId: '', agreementId: '' };

/**
 * A goal the plenary adopted: it replaces the one in force, whose history stays. Main refuses a
 * goal that is not stricter than a met one, and says so; what was typed stays to be corrected.
 */
export function GoalForm({ indicator }: { indicator: IndicatorDto }) {
  const t = useT();
  const day = useFormatDay();
  const { plenaries, agreements, busy, goalError, addGoal } = useIndicatorsStore(useShallow(indicatorsSelectors.goalForm));
  const [draft, setDraft] = useState<GoalDraft>(EMPTY);
  const [checked, setChecked] = useState(false);
  const [added, setAdded] = useState(false);

  const target = draft.target.trim() === '' ? NaN : Number(draft.target);
  const targetProblem = Number.isFinite(target) && target >= 0 ? null : t('indicators.goal.problem.target');
  const deadlineProblem = draft.deadline === '' ? t('indicators.goal.problem.deadline') : null;
  const sessionAgreements = agreements.filter((a) => String(a.sessionId) === draft.sessionId);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setChecked(true);
    setAdded(false);
    if (targetProblem || deadlineProblem) return;
    const done = await addGoal({
      indicatorId: indicator.id,
      target,
      deadline: draft.deadline,
      adoptedSessionId: draft.sessionId === '' ? null : Number(draft.sessionId),
      adoptedAgreementId: draft.agreementId === '' ? null : Number(draft.agreementId),
    });
    if (done) {
      setDraft(EMPTY);
      setChecked(false);
      setAdded(true);
    }
  }

  const change = (patch: Partial<GoalDraft>) => {
    setAdded(false);
    setDraft((d) => ({ ...d, ...patch }));
  };

  return (
    <form className="stack goal-form" data-testid="goal-form" onSubmit={(e) => void submit(e)} noValidate>
      <h3>{t('indicators.goal.title')}</h3>
      <p className="hint">{t('indicators.goal.hint', { unit: t(unitLabels[indicator.unit]) })}</p>
      <div className="form-grid">
        <Field
          label={t('indicators.goal.target')}
          testId="goal-target"
          inputMode="decimal"
          value={draft.target}
          onChange={(e) => change({ target: e.target.value })}
          problem={checked ? targetProblem : null}
        />
        <Field
          label={t('indicators.goal.deadline')}
          testId="goal-deadline"
          type="date"
          value={draft.deadline}
          onChange={(e) => change({ deadline: e.target.value })}
          problem={checked ? deadlineProblem : null}
        />
        <SelectField
          label={t('indicators.goal.session')}
          testId="goal-session"
          placeholder={t('indicators.goal.sessionNone')}
          options={plenaries.map((p) => ({ value: String(p.id), label: `${p.title} (${day(p.date)})` }))}
          value={draft.sessionId}
          onChange={(e) => change({ sessionId: e.target.value, agreementId: '' })}
        />
        <SelectField
          label={t('indicators.goal.agreement')}
          testId="goal-agreement"
          placeholder={t('indicators.goal.agreementNone')}
          hint={draft.sessionId === '' ? t('indicators.goal.agreementHint') : undefined}
          options={sessionAgreements.map((a) => ({ value: String(a.id), label: a.code }))}
          value={draft.agreementId}
          disabled={draft.sessionId === '' || sessionAgreements.length === 0}
          onChange={(e) => change({ agreementId: e.target.value })}
        />
      </div>
      <ErrorMessage text={goalError && refusalText(t, goalError)} />
      {added && (
        <p className="notice" role="status" data-testid="goal-added">
          {t('indicators.goal.added')}
        </p>
      )}
      <div className="actions">
        <button type="submit" className="button button-primary" data-testid="goal-submit" disabled={busy}>
          {t('indicators.goal.submit')}
        </button>
      </div>
    </form>
  );
}
