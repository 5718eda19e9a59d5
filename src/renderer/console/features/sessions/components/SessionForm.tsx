import type { FormEvent } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { inPreparation, plenaryTypes, sessionKinds, sessionTitle } from '../../../../../shared/domain/sessions.js';
import { ErrorMessage } from '../../../../components/ErrorMessage.js';
import { Field } from '../../../../components/Field.js';
import { SelectField } from '../../../../components/SelectField.js';
import { useCheckedForm } from '../../../../forms/useCheckedForm.js';
import { languageSelectors, useLanguageStore } from '../../../../i18n/languageStore.js';
import { useT } from '../../../../i18n/useT.js';
import { sessionsSelectors } from '../selectors/sessionsSelectors.js';
import { createSessionOf, newSessionForm, sessionFields, sessionFormProblems } from '../sessionForm.js';
import { formatScheduledAt, plenaryTypeLabels, sessionKindLabels } from '../sessionText.js';
import { useSessionsStore } from '../store/sessionsStore.js';

export function SessionForm() {
  const t = useT();
  const language = useLanguageStore(languageSelectors.language);
  const { sessions, committees, busy, create, show } = useSessionsStore(useShallow(sessionsSelectors.form));
  const { form, firstProblem, bind, readyToSubmit } = useCheckedForm({
    initial: newSessionForm,
    fields: sessionFields,
    problemsOf: sessionFormProblems,
    emptyWaitsForSubmit: true,
  });

  // A citizen meeting prepares a plenary that is still being prepared and has none yet.
  const plenaries = sessions
    .filter((s) => s.kind === 'plenary' && s.preparedBySessionId === null && inPreparation(s.status))
    .map((s) => ({ value: String(s.id), label: `${sessionTitle(s, language)} · ${formatScheduledAt(language, s.scheduledAt)}` }));
  const activeCommittees = committees.filter((c) => c.dissolvedOn === null).map((c) => ({ value: String(c.id), label: c.name }));

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (readyToSubmit(event)) await create(createSessionOf(form));
  }

  return (
    <form className="form form-wide" noValidate data-testid="session-form" onSubmit={(event) => void submit(event)}>
      <h2>{t('sessionForm.title')}</h2>
      <div className="form-grid">
        <SelectField
          label={t('sessionForm.kind')}
          testId="session-kind"
          options={sessionKinds.map((k) => ({ value: k, label: t(sessionKindLabels[k]) }))}
          {...bind('kind')}
        />
        {form.kind === 'plenary' && (
          <SelectField
            label={t('sessionForm.plenaryType')}
            testId="session-plenary-type"
            options={plenaryTypes.map((p) => ({ value: p, label: t(plenaryTypeLabels[p]) }))}
            {...bind('plenaryType')}
          />
        )}
        {form.kind === 'citizen_meeting' && (
          <SelectField
            label={t('sessionForm.prepares')}
            testId="session-prepares"
            placeholder={t('common.choose')}
            hint={plenaries.length === 0 ? t('sessionForm.noPlenaryToPrepare') : t('sessionForm.preparesHint')}
            options={plenaries}
            {...bind('preparesSessionId')}
          />
        )}
        {form.kind === 'committee_meeting' && (
          <SelectField
            label={t('sessionForm.committee')}
            testId="session-committee"
            placeholder={t('common.choose')}
            options={activeCommittees}
            {...bind('committeeId')}
          />
        )}
      </div>
      {form.kind === 'citizen_meeting' && <p className="citizen-note">{t('sessionForm.citizenOnly')}</p>}
      <div className="form-grid">
        <Field label={t('sessionForm.scheduledAt')} testId="session-date" type="datetime-local" {...bind('scheduledAt')} />
        <Field label={t('sessionForm.place')} testId="session-place" autoComplete="off" {...bind('place')} />
      </div>
      <p className="field-hint">{t('sessionForm.numberAutomatic')}</p>
      <ErrorMessage text={firstProblem ? t(firstProblem) : null} />
      <div className="actions">
        <button type="submit" className="button button-primary" data-testid="session-save" disabled={busy}>
          {busy ? t('common.saving') : t('sessionForm.save')}
        </button>
        <button type="button" className="button button-secondary" onClick={() => show({ view: 'list' })} disabled={busy}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
