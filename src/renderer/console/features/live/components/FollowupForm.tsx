import { useId, type KeyboardEvent } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { agreementStatuses } from '../../../../../shared/domain/live.js';
import { Field } from '../../../../components/Field.js';
import { FieldFrame } from '../../../../components/FieldFrame.js';
import { useT } from '../../../../i18n/useT.js';
import { agreementStatusLabels } from '../liveText.js';
import { liveSelectors } from '../selectors/liveSelectors.js';
import { useLiveStore } from '../store/liveStore.js';
import { isSaveChord } from '../textField.js';

/** One form for every agreement read: status (keys 1–4), progress, note; Ctrl+Enter saves and moves on. */
export function FollowupForm() {
  const t = useT();
  const { form, problem, busy, editFollowup, saveFollowup } = useLiveStore(useShallow(liveSelectors.followupForm));
  const name = useId();
  if (!form) return null;

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    if (!isSaveChord(event)) return;
    event.preventDefault();
    void saveFollowup();
  }

  function onStatusKeyDown(event: KeyboardEvent<HTMLFieldSetElement>) {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    const n = Number(event.key);
    const status = Number.isInteger(n) ? agreementStatuses[n - 1] : undefined;
    if (!status) return;
    event.preventDefault();
    editFollowup({ status });
    event.currentTarget.querySelectorAll<HTMLInputElement>('input[type="radio"]')[n - 1]?.focus();
  }

  return (
    <div className="followup-form" role="group" aria-label={t('live.followup.formLabel')} data-testid="followup-form" onKeyDown={onKeyDown}>
      <fieldset className="followup-status" onKeyDown={onStatusKeyDown} aria-keyshortcuts="1 2 3 4">
        <legend className="field-label">{t('live.followup.status')}</legend>
        {agreementStatuses.map((status, i) => (
          <label key={status} className="followup-status-choice">
            <input
              type="radio"
              name={name}
              data-testid={`followup-status-${status}`}
              checked={form.status === status}
              onChange={() => editFollowup({ status })}
            />
            <kbd>{i + 1}</kbd> {t(agreementStatusLabels[status])}
          </label>
        ))}
      </fieldset>
      <Field
        label={t('live.followup.progress')}
        testId="followup-progress"
        inputMode="numeric"
        autoComplete="off"
        className="input-number"
        value={form.progress}
        problem={problem && t(problem)}
        onChange={(e) => editFollowup({ progress: e.target.value })}
      />
      <FieldFrame label={t('live.followup.note')}>
        {({ id, describedBy }) => (
          <textarea
            id={id}
            className="field-input field-textarea followup-note"
            data-testid="followup-note"
            aria-describedby={describedBy}
            maxLength={5000}
            value={form.note}
            onChange={(e) => editFollowup({ note: e.target.value })}
          />
        )}
      </FieldFrame>
      <div className="actions">
        <button type="button" className="button button-primary" data-testid="followup-save" aria-keyshortcuts="Control+Enter" disabled={busy} onClick={() => void saveFollowup()}>
          {busy ? t('common.saving') : t('live.followup.save')}
        </button>
      </div>
    </div>
  );
}
