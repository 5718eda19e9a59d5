import { useEffect, useId, useRef, type KeyboardEvent } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { isIsoDay } from '../../../../../shared/domain/dates.js';
import { FieldFrame } from '../../../../components/FieldFrame.js';
import { Field } from '../../../../components/Field.js';
import { SelectField } from '../../../../components/SelectField.js';
import { useT } from '../../../../i18n/useT.js';
import { liveSelectors } from '../selectors/liveSelectors.js';
import { useLiveStore } from '../store/liveStore.js';
import { isSaveChord } from '../textField.js';
import { ResponsiblePicker } from './ResponsiblePicker.js';

/**
 * The capture form. Every change goes to main at once (the projector shows it as it is typed,
 * and a crash keeps it); Ctrl+Enter anywhere in the form saves.
 */
export function AgreementForm() {
  const t = useT();
  const { agreement, nextCode, agreements, problem, busy, editAgreement, cancelCorrection, saveAgreement } = useLiveStore(
    useShallow(liveSelectors.agreementForm),
  );
  const choices = useLiveStore(liveSelectors.choices);
  const { focus, focused } = useLiveStore(useShallow(liveSelectors.focus));
  const textRef = useRef<HTMLTextAreaElement>(null);
  const titleId = useId();
  useEffect(() => {
    const text = textRef.current;
    if (focus !== 'agreement' || !text) return;
    // At the end of what is there: a restored or corrected agreement is continued, not retyped.
    text.focus();
    text.setSelectionRange(text.value.length, text.value.length);
    focused();
  }, [focus, focused]);

  const correcting = agreement?.agreementId != null ? (agreements.find((a) => a.id === agreement.agreementId) ?? null) : null;

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    if (!isSaveChord(event)) return;
    event.preventDefault();
    void saveAgreement();
  }

  return (
    <div className="live-agreement-form" role="group" aria-labelledby={titleId} data-testid="agreement-form" onKeyDown={onKeyDown}>
      <div className="live-agreement-form-head">
        <h3 id={titleId}>{correcting ? t('live.agreement.correctTitle') : t('live.agreement.newTitle')}</h3>
        <p className="live-agreement-code live-agreement-next" data-testid="agreement-next-code">
          {correcting ? correcting.code : nextCode}
        </p>
      </div>
      <FieldFrame label={t('live.agreement.text')} problem={problem && t(problem)}>
        {({ id, describedBy }) => (
          <textarea
            ref={textRef}
            id={id}
            className="field-input field-textarea live-agreement-text"
            data-testid="agreement-text"
            aria-describedby={describedBy}
            aria-invalid={problem ? true : undefined}
            aria-keyshortcuts="Alt+N"
            maxLength={5000}
            value={agreement?.text ?? ''}
            onChange={(e) => editAgreement({ text: e.target.value })}
          />
        )}
      </FieldFrame>
      <div className="live-agreement-fields">
        <SelectField
          label={t('live.agreement.committee')}
          testId="agreement-committee"
          placeholder={t('live.agreement.noCommittee')}
          options={(choices?.committees ?? []).map((c) => ({ value: String(c.id), label: c.name }))}
          value={agreement?.committeeId == null ? '' : String(agreement.committeeId)}
          onChange={(e) => editAgreement({ committeeId: e.target.value === '' ? null : Number(e.target.value) })}
        />
        <Field
          type="date"
          label={t('live.agreement.due')}
          testId="agreement-due"
          value={agreement?.dueOn ?? ''}
          onChange={(e) => editAgreement({ dueOn: isIsoDay(e.target.value) ? e.target.value : null })}
        />
      </div>
      <ResponsiblePicker
        people={choices?.people ?? []}
        selected={agreement?.responsibleIds ?? []}
        onChange={(responsibleIds) => editAgreement({ responsibleIds })}
      />
      <div className="actions">
        <button type="button" className="button button-primary" data-testid="agreement-save" aria-keyshortcuts="Control+Enter" disabled={busy} onClick={() => void saveAgreement()}>
          {busy ? t('common.saving') : t(correcting ? 'live.agreement.saveCorrection' : 'live.agreement.save')}
        </button>
        {correcting && (
          <button type="button" className="button button-secondary" data-testid="agreement-cancel" onClick={cancelCorrection}>
            {t('live.agreement.cancelCorrection')}
          </button>
        )}
      </div>
    </div>
  );
}
