import type { FormEvent } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { ErrorMessage } from '../../../../components/ErrorMessage.js';
import { Field } from '../../../../components/Field.js';
import { SelectField } from '../../../../components/SelectField.js';
import { TextAreaField } from '../../../../components/TextAreaField.js';
import { useCheckedForm } from '../../../../forms/useCheckedForm.js';
import { useT } from '../../../../i18n/useT.js';
import {
  committeeFields,
  committeeFormOf,
  committeeFormProblems,
  committeeInputOf,
  newCommitteeForm,
} from '../committeeForm.js';
import { committeesSelectors } from '../selectors/committeesSelectors.js';
import { useCommitteesStore } from '../store/committeesStore.js';

export function CommitteeForm() {
  const t = useT();
  const { committee, people, busy, save, show } = useCommitteesStore(useShallow(committeesSelectors.form));
  const { form, setForm, firstProblem, bind, readyToSubmit } = useCheckedForm({
    initial: () => (committee ? committeeFormOf(committee) : newCommitteeForm()),
    fields: committeeFields,
    problemsOf: committeeFormProblems,
    emptyWaitsForSubmit: false,
  });

  // The committee's coordination is citizen (cuadro 8).
  const citizens = people.filter((p) => p.kind === 'citizen').map((p) => ({ value: String(p.id), label: p.fullName }));
  // Someone who has since left still shows as the committee's coordinator until changed.
  const withCurrent = (id: number | null | undefined, name: string | null | undefined) =>
    id != null && name && !citizens.some((o) => o.value === String(id)) ? [{ value: String(id), label: name }, ...citizens] : citizens;

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (readyToSubmit(event)) await save(committeeInputOf(form));
  }

  const cancel = () => show(committee ? { view: 'detail', committeeId: committee.id } : { view: 'list' });

  return (
    <form className="form form-wide" noValidate data-testid="committee-form" onSubmit={(event) => void submit(event)}>
      <h2>{committee ? t('committee.editTitle', { name: committee.name }) : t('committee.newTitle')}</h2>
      <div className="form-grid">
        <Field label={t('committee.name')} testId="committee-name" autoFocus autoComplete="off" {...bind('name')} />
        <Field label={t('committee.axis')} testId="committee-axis" hint={t('committee.axisHint')} autoComplete="off" {...bind('axis')} />
      </div>
      <TextAreaField
        label={t('committee.description')}
        testId="committee-description"
        rows={3}
        value={form.description}
        onChange={(e) => setForm((current) => ({ ...current, description: e.target.value }))}
      />
      <div className="form-grid">
        <SelectField
          label={t('committee.coordinator')}
          testId="committee-coordinator"
          placeholder={t('committees.nobody')}
          options={withCurrent(committee?.coordinatorId, committee?.coordinatorName)}
          {...bind('coordinatorId')}
        />
        <SelectField
          label={t('committee.substitute')}
          testId="committee-substitute"
          placeholder={t('committees.nobody')}
          options={withCurrent(committee?.substituteId, committee?.substituteName)}
          {...bind('substituteId')}
        />
        <Field label={t('committee.createdOn')} testId="committee-created" type="date" {...bind('createdOn')} />
        <Field
          label={t('committee.dissolvedOn')}
          testId="committee-dissolved"
          type="date"
          hint={t('committee.dissolvedHint')}
          {...bind('dissolvedOn')}
        />
      </div>
      <p className="field-hint">{t('committee.citizenCoordination')}</p>
      <ErrorMessage text={firstProblem ? t(firstProblem) : null} />
      <div className="actions">
        <button type="submit" className="button button-primary" data-testid="committee-save" disabled={busy}>
          {busy ? t('common.saving') : t('committee.save')}
        </button>
        <button type="button" className="button button-secondary" data-testid="committee-cancel" onClick={cancel} disabled={busy}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
