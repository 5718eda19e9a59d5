import type { FormEvent } from 'react';
import type { SessionDto } from '../../../../../shared/ipc/contract.js';
import { ErrorMessage } from '../../../../components/ErrorMessage.js';
import { Field } from '../../../../components/Field.js';
import { useCheckedForm } from '../../../../forms/useCheckedForm.js';
import { useT } from '../../../../i18n/useT.js';
import { sessionEditFields, sessionEditFormOf, sessionEditOf, sessionEditProblems } from '../sessionForm.js';

interface SessionEditFormProps {
  session: SessionDto;
  busy: boolean;
  save(facts: { scheduledAt: string; place: string | null }): Promise<boolean>;
  /** Closes the form after a save or a cancel. */
  onDone(): void;
}

export function SessionEditForm({ session, busy, save, onDone }: SessionEditFormProps) {
  const t = useT();
  const { form, firstProblem, bind, readyToSubmit } = useCheckedForm({
    initial: () => sessionEditFormOf(session),
    fields: sessionEditFields,
    problemsOf: sessionEditProblems,
    emptyWaitsForSubmit: false,
  });

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (readyToSubmit(event) && (await save(sessionEditOf(form)))) onDone();
  }

  return (
    <form className="panel session-edit" noValidate data-testid="session-edit-form" onSubmit={(event) => void submit(event)}>
      <h3>{t('sessionEdit.title')}</h3>
      <div className="form-grid">
        <Field label={t('sessionForm.scheduledAt')} testId="session-edit-date" type="datetime-local" autoFocus {...bind('scheduledAt')} />
        <Field label={t('sessionForm.place')} testId="session-edit-place" autoComplete="off" {...bind('place')} />
      </div>
      <ErrorMessage text={firstProblem ? t(firstProblem) : null} />
      <div className="actions">
        <button type="submit" className="button button-primary" data-testid="session-edit-save" disabled={busy}>
          {busy ? t('common.saving') : t('sessionEdit.save')}
        </button>
        <button type="button" className="button button-secondary" data-testid="session-edit-cancel" onClick={onDone} disabled={busy}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
