import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { ErrorMessage } from '../../../../components/ErrorMessage.js';
import { Field } from '../../../../components/Field.js';
import { useT } from '../../../../i18n/useT.js';
import { refusalText } from '../agreementText.js';
import { agreementsSelectors } from '../selectors/agreementsSelectors.js';
import { useAgreementsStore } from '../store/agreementsStore.js';

interface PlaintextConfirmProps {
  format: 'csv' | 'xlsx';
  onClose(): void;
}

/**
 * A CSV or XLSX file is a readable copy outside the encrypted workspace: it is written only after
 * the secretary reads this and confirms. Main refuses without the confirmation, and logs the export.
 */
export function PlaintextConfirm({ format, onClose }: PlaintextConfirmProps) {
  const t = useT();
  const titleId = useId();
  const textId = useId();
  const { suggestedPaths, exportError, busy, suggestPath, exportPlaintextConfirmed } = useAgreementsStore(useShallow(agreementsSelectors.export));
  const [path, setPath] = useState<string | null>(null);
  const cancelRef = useRef<HTMLButtonElement>(null);
  const chosen = path ?? suggestedPaths[format] ?? '';

  useEffect(() => {
    void suggestPath(format);
    // The safe answer is under the finger: Enter right away cancels.
    cancelRef.current?.focus();
  }, [format, suggestPath]);

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    if (event.key === 'Escape') {
      event.preventDefault();
      onClose();
    }
  }

  async function confirm() {
    if (await exportPlaintextConfirmed({ format, path: chosen.trim() })) onClose();
  }

  return (
    <div className="agr-dialog-backdrop">
      <div
        className="agr-dialog"
        role="alertdialog"
        aria-modal="true"
        aria-labelledby={titleId}
        aria-describedby={textId}
        data-testid="export-plaintext-confirm"
        onKeyDown={onKeyDown}
      >
        <h2 id={titleId}>{t('agreements.plaintext.title', { format: format.toUpperCase() })}</h2>
        <div id={textId}>
          <p className="alert-soft">{t('agreements.plaintext.warning')}</p>
          <p>{t('agreements.plaintext.logged')}</p>
        </div>
        <Field
          label={t('agreements.export.path')}
          testId="export-plaintext-path"
          className="mono"
          value={chosen}
          onChange={(e) => setPath(e.target.value)}
        />
        <ErrorMessage text={exportError && refusalText(t, exportError, 'agreements.export.refused')} />
        <div className="actions">
          <button
            type="button"
            className="button button-danger"
            data-testid="export-plaintext-accept"
            disabled={busy || !chosen.trim()}
            onClick={() => void confirm()}
          >
            {t('agreements.plaintext.accept', { format: format.toUpperCase() })}
          </button>
          <button ref={cancelRef} type="button" className="button button-secondary" data-testid="export-plaintext-cancel" onClick={onClose}>
            {t('common.cancel')}
          </button>
        </div>
      </div>
    </div>
  );
}
