import { useState, type FormEvent } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { indicatorUnits, type IndicatorUnit } from '../../../../../shared/domain/indicators.js';
import type { Visibility } from '../../../../../shared/domain/visibility.js';
import type { IndicatorInputDto } from '../../../../../shared/ipc/dto/indicators.js';
import { ErrorMessage } from '../../../../components/ErrorMessage.js';
import { Field } from '../../../../components/Field.js';
import { SelectField } from '../../../../components/SelectField.js';
import { TextAreaField } from '../../../../components/TextAreaField.js';
import { useT } from '../../../../i18n/useT.js';
import { refusalText, unitLabels } from '../indicatorText.js';
import { indicatorsSelectors } from '../selectors/indicatorsSelectors.js';
import { useIndicatorsStore } from '../store/indicatorsStore.js';

const EMPTY: IndicatorInputDto = { name: '', unit: 'cases', source: null, description: null, visibility: 'plenary' };

/** A new indicator, or the one being edited: name, unit, source, description and who may see it. */
export function IndicatorForm() {
  const t = useT();
  const { form, indicators, busy, formError, saveIndicator, openForm } = useIndicatorsStore(useShallow(indicatorsSelectors.form));
  const editing = form?.mode === 'edit' ? (indicators.find((i) => i.id === form.id) ?? null) : null;
  const [draft, setDraft] = useState<IndicatorInputDto>(
    editing ? { name: editing.name, unit: editing.unit, source: editing.source, description: editing.description, visibility: editing.visibility } : EMPTY,
  );
  const [checked, setChecked] = useState(false);
  const nameProblem = draft.name.trim() === '' ? t('indicators.form.problem.name') : null;

  async function submit(event: FormEvent) {
    event.preventDefault();
    setChecked(true);
    if (nameProblem) return;
    await saveIndicator({ ...draft, source: draft.source?.trim() || null, description: draft.description?.trim() || null });
  }

  const change = (patch: Partial<IndicatorInputDto>) => setDraft((d) => ({ ...d, ...patch }));

  return (
    <form className="panel stack form-wide indicator-form" data-testid="indicator-form" onSubmit={(e) => void submit(e)} noValidate>
      <h3>{editing ? t('indicators.form.editTitle', { name: editing.name }) : t('indicators.form.newTitle')}</h3>
      <div className="form-grid">
        <Field
          label={t('indicators.form.name')}
          testId="indicator-form-name"
          value={draft.name}
          onChange={(e) => change({ name: e.target.value })}
          problem={checked ? nameProblem : null}
        />
        <SelectField
          label={t('indicators.form.unit')}
          testId="indicator-form-unit"
          hint={t('indicators.form.unitHint')}
          options={indicatorUnits.map((u) => ({ value: u, label: t(unitLabels[u]) }))}
          value={draft.unit}
          onChange={(e) => change({ unit: e.target.value as IndicatorUnit })}
        />
        <Field
          label={t('indicators.form.source')}
          testId="indicator-form-source"
          value={draft.source ?? ''}
          onChange={(e) => change({ source: e.target.value })}
        />
        <SelectField
          label={t('indicators.form.visibility')}
          testId="indicator-form-visibility"
          hint={draft.visibility === 'citizens' ? t('indicators.citizenOnlyNote') : t('indicators.form.plenaryHint')}
          options={[
            { value: 'plenary', label: t('indicators.visibility.plenary') },
            { value: 'citizens', label: t('indicators.visibility.citizens') },
          ]}
          value={draft.visibility}
          onChange={(e) => change({ visibility: e.target.value as Visibility })}
        />
      </div>
      <TextAreaField
        label={t('indicators.form.description')}
        testId="indicator-form-description"
        rows={3}
        value={draft.description ?? ''}
        onChange={(e) => change({ description: e.target.value })}
      />
      <ErrorMessage text={formError && refusalText(t, formError)} />
      <div className="actions">
        <button type="submit" className="button button-primary" data-testid="indicator-form-save" disabled={busy}>
          {t('indicators.form.save')}
        </button>
        <button type="button" className="button" data-testid="indicator-form-cancel" onClick={() => openForm(null)}>
          {t('indicators.form.cancel')}
        </button>
      </div>
    </form>
  );
}
