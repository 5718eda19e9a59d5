import { useState, type FormEvent } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { Field } from '../../../../components/Field.js';
import { SelectField } from '../../../../components/SelectField.js';
import { useT } from '../../../../i18n/useT.js';
import { sameLayout } from '../matrixView.js';
import { agreementsSelectors } from '../selectors/agreementsSelectors.js';
import { useAgreementsStore } from '../store/agreementsStore.js';

/** Named filter + sort + grouping the secretary comes back to; the one shown is the view the screen matches. */
export function SavedViews() {
  const t = useT();
  const { views, filter, sort, groupByCommittee, busy, applyView, saveView, removeView } = useAgreementsStore(
    useShallow(agreementsSelectors.views),
  );
  const [name, setName] = useState('');
  const current = views.find((v) => sameLayout(v, { filter, sort, groupByCommittee })) ?? null;

  async function save(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!name.trim()) return;
    if (await saveView(name)) setName('');
  }

  return (
    <div className="matrix-views">
      <SelectField
        label={t('agreements.views.select')}
        testId="matrix-view-select"
        placeholder={views.length === 0 ? t('agreements.views.none') : t('agreements.views.unsaved')}
        options={views.map((v) => ({ value: v.name, label: v.name }))}
        value={current?.name ?? ''}
        disabled={views.length === 0}
        onChange={(e) => e.target.value && applyView(e.target.value)}
      />
      <button
        type="button"
        className="button button-small button-secondary"
        data-testid="matrix-view-remove"
        disabled={!current || busy}
        aria-label={current ? t('agreements.views.removeNamed', { name: current.name }) : undefined}
        onClick={() => current && void removeView(current.name)}
      >
        {t('agreements.views.remove')}
      </button>
      <form className="matrix-view-form" onSubmit={(e) => void save(e)}>
        <Field
          label={t('agreements.views.name')}
          testId="matrix-view-name"
          autoComplete="off"
          maxLength={80}
          value={name}
          onChange={(e) => setName(e.target.value)}
        />
        <button type="submit" className="button button-small button-secondary" data-testid="matrix-view-save" disabled={!name.trim() || busy}>
          {t('agreements.views.save')}
        </button>
      </form>
    </div>
  );
}
