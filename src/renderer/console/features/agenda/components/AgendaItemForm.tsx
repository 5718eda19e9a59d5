import type { FormEvent } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { agendaItemKinds } from '../../../../../shared/domain/sessions.js';
import type { AgendaItemDto } from '../../../../../shared/ipc/contract.js';
import { ErrorMessage } from '../../../../components/ErrorMessage.js';
import { Field } from '../../../../components/Field.js';
import { SelectField } from '../../../../components/SelectField.js';
import { TextAreaField } from '../../../../components/TextAreaField.js';
import { useCheckedForm } from '../../../../forms/useCheckedForm.js';
import { useT } from '../../../../i18n/useT.js';
import {
  agendaItemFields,
  agendaItemFormOf,
  agendaItemInputOf,
  agendaItemProblems,
  MAX_ITEM_MINUTES,
  newAgendaItemForm,
  presenterTypes,
  type PresenterType,
} from '../agendaItemForm.js';
import { agendaKindLabels } from '../agendaText.js';
import { agendaSelectors } from '../selectors/agendaSelectors.js';
import { useAgendaStore } from '../store/agendaStore.js';

const presenterLabels = {
  none: 'agendaItem.presenter.none',
  person: 'agendaItem.presenter.person',
  committee: 'agendaItem.presenter.committee',
  institution: 'agendaItem.presenter.institution',
} as const satisfies Record<PresenterType, string>;

/** Adds an item (without `item`) or edits one; `onDone` closes it after a save or a cancel. */
export function AgendaItemForm({ item, onDone }: { item?: AgendaItemDto; onDone(): void }) {
  const t = useT();
  const { people, committees, busy, add, update } = useAgendaStore(useShallow(agendaSelectors.form));
  const { form, setForm, firstProblem, bind, readyToSubmit } = useCheckedForm({
    initial: () => (item ? agendaItemFormOf(item) : newAgendaItemForm()),
    fields: agendaItemFields,
    problemsOf: agendaItemProblems,
    emptyWaitsForSubmit: true,
  });

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!readyToSubmit(event)) return;
    const input = agendaItemInputOf(form);
    if (await (item ? update(item.id, input) : add(input))) onDone();
  }

  return (
    <form className="panel agenda-form" noValidate data-testid="agenda-item-form" onSubmit={(event) => void submit(event)}>
      <h3>{item ? t('agendaItem.editTitle', { position: item.position }) : t('agendaItem.newTitle')}</h3>
      <div className="form-grid">
        <Field label={t('agendaItem.title')} testId="agenda-item-title" autoFocus autoComplete="off" {...bind('title')} />
        <SelectField
          label={t('agendaItem.kind')}
          testId="agenda-item-kind"
          options={agendaItemKinds.map((k) => ({ value: k, label: t(agendaKindLabels[k]) }))}
          {...bind('kind')}
        />
        <SelectField
          label={t('agendaItem.presenter')}
          testId="agenda-item-presenter-type"
          options={presenterTypes.map((p) => ({ value: p, label: t(presenterLabels[p]) }))}
          {...bind('presenterType')}
        />
        {form.presenterType === 'person' && (
          <SelectField
            label={t('agendaItem.presenter.person')}
            testId="agenda-item-presenter-person"
            placeholder={t('common.choose')}
            options={people.map((p) => ({ value: String(p.id), label: p.post ? `${p.fullName} · ${p.post}` : p.fullName }))}
            {...bind('personId')}
          />
        )}
        {form.presenterType === 'committee' && (
          <SelectField
            label={t('agendaItem.presenter.committee')}
            testId="agenda-item-presenter-committee"
            placeholder={t('common.choose')}
            options={committees.filter((c) => c.dissolvedOn === null).map((c) => ({ value: String(c.id), label: c.name }))}
            {...bind('committeeId')}
          />
        )}
        {form.presenterType === 'institution' && (
          <Field
            label={t('agendaItem.presenter.institution')}
            testId="agenda-item-presenter-institution"
            autoComplete="off"
            {...bind('institution')}
          />
        )}
        <Field
          label={t('agendaItem.minutes')}
          testId="agenda-item-minutes"
          inputMode="numeric"
          className="input-number"
          hint={t('agendaItem.minutesHint', { max: MAX_ITEM_MINUTES })}
          {...bind('minutes')}
        />
      </div>
      <TextAreaField
        label={t('agendaItem.description')}
        testId="agenda-item-description"
        hint={t('agendaItem.descriptionHint')}
        rows={3}
        value={form.description}
        onChange={(e) => setForm((current) => ({ ...current, description: e.target.value }))}
      />
      <ErrorMessage text={firstProblem ? t(firstProblem) : null} />
      <div className="actions">
        <button type="submit" className="button button-primary" data-testid="agenda-item-save" disabled={busy}>
          {busy ? t('common.saving') : t('agendaItem.save')}
        </button>
        <button type="button" className="button button-secondary" data-testid="agenda-item-cancel" onClick={onDone} disabled={busy}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
