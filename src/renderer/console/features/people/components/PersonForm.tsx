import type { FormEvent } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { govOrders, govPowers, leaveReasons, personKinds } from '../../../../../shared/domain/people.js';
import { ErrorMessage } from '../../../../components/ErrorMessage.js';
import { Field } from '../../../../components/Field.js';
import { SelectField } from '../../../../components/SelectField.js';
import { TextAreaField } from '../../../../components/TextAreaField.js';
import { useCheckedForm } from '../../../../forms/useCheckedForm.js';
import { errorText } from '../../../../i18n/errorText.js';
import { useT } from '../../../../i18n/useT.js';
import { kindLabels, leaveReasonLabels, orderLabels, powerLabels } from '../labels.js';
import { emptyPersonForm, personFields, personFormOf, personFormProblems, personInputOf } from '../personForm.js';
import { peopleSelectors } from '../selectors/peopleSelectors.js';
import { usePeopleStore } from '../store/peopleStore.js';

export function PersonForm() {
  const t = useT();
  const { editing, everyone, saving, formError, save, closeForm } = usePeopleStore(useShallow(peopleSelectors.form));
  const editedId = editing.mode === 'edit' ? editing.person.id : null;
  const { form, setForm, firstProblem, bind, readyToSubmit } = useCheckedForm({
    initial: () => (editing.mode === 'edit' ? personFormOf(editing.person) : emptyPersonForm),
    fields: personFields,
    problemsOf: personFormProblems,
    // Empty fields are flagged only after a submit; a value that is wrong shows once its field is left.
    emptyWaitsForSubmit: true,
  });
  const official = form.kind === 'official';

  const alert = firstProblem ? t(firstProblem) : formError && errorText(t, formError);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (readyToSubmit(event)) await save(personInputOf(form));
  }

  const substitutes = everyone
    .filter((p) => p.id !== editedId)
    .map((p) => ({ value: String(p.id), label: p.fullName }));

  return (
    <form className="form form-wide" noValidate data-testid="person-form" onSubmit={(event) => void submit(event)}>
      <h2>{editing.mode === 'edit' ? t('person.editTitle', { name: editing.person.fullName }) : t('person.newTitle')}</h2>
      <div className="form-grid">
        <SelectField
          label={t('person.kind')}
          testId="person-kind"
          autoFocus
          options={personKinds.map((kind) => ({ value: kind, label: t(kindLabels[kind]) }))}
          {...bind('kind')}
        />
        <Field label={t('person.name')} testId="person-name" autoComplete="off" {...bind('fullName')} />
      </div>

      {official && (
        <fieldset className="fieldset" data-testid="person-official">
          <legend>{t('person.officialLegend')}</legend>
          <div className="form-grid">
            <Field label={t('person.post')} testId="person-post" autoComplete="off" {...bind('post')} />
            <Field label={t('person.institution')} testId="person-institution" autoComplete="off" {...bind('institution')} />
            <SelectField
              label={t('person.order')}
              testId="person-order"
              placeholder={t('common.choose')}
              options={govOrders.map((order) => ({ value: order, label: t(orderLabels[order]) }))}
              {...bind('order')}
            />
            <SelectField
              label={t('person.power')}
              testId="person-power"
              placeholder={t('common.choose')}
              options={govPowers.map((power) => ({ value: power, label: t(powerLabels[power]) }))}
              {...bind('power')}
            />
          </div>
          <SelectField
            label={t('person.substitute')}
            testId="person-substitute"
            hint={t('person.substituteHint')}
            placeholder={t('person.noSubstitute')}
            options={substitutes}
            {...bind('substituteId')}
          />
        </fieldset>
      )}

      <div className="form-grid">
        <Field label={t('person.email')} testId="person-email" type="email" autoComplete="off" {...bind('email')} />
        <Field label={t('person.phone')} testId="person-phone" type="tel" autoComplete="off" {...bind('phone')} />
        <Field
          label={t('person.joinedOn')}
          testId="person-joined"
          type="date"
          hint={form.kind === 'citizen' ? t('person.joinedHintCitizen') : t('person.joinedHint')}
          {...bind('joinedOn')}
        />
        <Field label={t('person.leftOn')} testId="person-left" type="date" hint={t('person.leftHint')} {...bind('leftOn')} />
        <SelectField
          label={t('person.leaveReason')}
          testId="person-leave-reason"
          placeholder={t('person.noLeaveReason')}
          options={leaveReasons.map((reason) => ({ value: reason, label: t(leaveReasonLabels[reason]) }))}
          {...bind('leaveReason')}
        />
      </div>
      <TextAreaField
        label={t('person.notes')}
        testId="person-notes"
        rows={3}
        value={form.notes}
        onChange={(e) => setForm((current) => ({ ...current, notes: e.target.value }))}
      />

      <ErrorMessage text={alert} />
      <div className="actions">
        <button type="submit" className="button button-primary" data-testid="person-save" disabled={saving}>
          {saving ? t('common.saving') : t('person.save')}
        </button>
        <button type="button" className="button button-secondary" data-testid="person-cancel" onClick={closeForm} disabled={saving}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
