import { useEffect, useId, useRef, type KeyboardEvent, type ReactNode } from 'react';
import { useT } from '../i18n/useT.js';

interface PlaintextConfirmProps {
  title: string;
  acceptLabel: string;
  /** Where the unencrypted file will be written. */
  path: string;
  busy?: boolean;
  /** Anything the export needs asked along with it (a path field, an error). */
  children?: ReactNode;
  onConfirm(): void;
  onCancel(): void;
}

/**
 * Every export writes a readable file outside the encrypted workspace: it is written only after
 * the secretary reads this and confirms. Main refuses any export without the confirmation, and
 * logs each one with its SHA-256. Cancel has the focus, so Enter right away writes nothing.
 */
export function PlaintextConfirm({ title, acceptLabel, path, busy = false, children, onConfirm, onCancel }: PlaintextConfirmProps) {
  const t = useT();
  const titleId = useId();
  const textId = useId();
  const cancelRef = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    cancelRef.current?.focus();
  }, []);

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    if (event.key === 'Escape') {
      event.preventDefault();
      onCancel();
    }
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
        <h2 id={titleId}>{title}</h2>
        <div id={textId}>
          <p className="alert-soft" data-testid="export-plaintext-where">
            {t('plaintext.where', { path: path.trim() })}
          </p>
          <p>{t('plaintext.citizen')}</p>
          <p>{t('plaintext.logged')}</p>
        </div>
        {children}
        <div className="actions">
          <button type="button" className="button button-danger" data-testid="export-plaintext-accept" disabled={busy || !path.trim()} onClick={onConfirm}>
            {acceptLabel}
          </button>
          <button ref={cancelRef} type="button" className="button button-secondary" data-testid="export-plaintext-cancel" onClick={onCancel}>
            {t('common.cancel')}
          </button>
        </div>
      </div>
    </div>
  );
}
