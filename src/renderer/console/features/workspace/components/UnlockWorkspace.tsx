import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { ErrorMessage } from '../../../../components/ErrorMessage.js';
import { Field } from '../../../../components/Field.js';
import { errorText } from '../../../../i18n/errorText.js';
import { useT } from '../../../../i18n/useT.js';
import { fileName, workspaceSelectors } from '../selectors/workspaceSelectors.js';
import { useWorkspaceStore } from '../store/workspaceStore.js';
import { ClosedLayout } from './ClosedLayout.js';
import { useSecondsLeft } from './useSecondsLeft.js';

export function UnlockWorkspace() {
  const t = useT();
  const { path, busy, error, unlock, chooseAnotherFile, retryAt, loadDelay } = useWorkspaceStore(useShallow(workspaceSelectors.unlock));
  const waitSeconds = useSecondsLeft(retryAt);
  // The wait survives a restart of Plenaria: main knows it, so ask when the screen opens.
  useEffect(() => {
    void loadDelay();
  }, [loadDelay, path]);
  const [passphrase, setPassphrase] = useState('');
  const [attempted, setAttempted] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  const missing = attempted && passphrase === '' ? t('unlock.problem.passphrase') : null;

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setAttempted(true);
    if (passphrase === '' || waitSeconds > 0) return;
    if (!(await unlock(passphrase))) {
      // Selected, so retyping replaces the wrong passphrase without deleting it first.
      input.current?.focus();
      input.current?.select();
    }
  }

  return (
    <ClosedLayout testId="unlock-screen">
      <h1>{t('unlock.title')}</h1>
      {path && (
        <div className="file-card">
          <span className="file-card-label">{t('unlock.file')}</span>
          <span className="file-card-name">{fileName(path)}</span>
          <span className="file-card-path">{path}</span>
        </div>
      )}
      <form className="form" noValidate onSubmit={(event) => void submit(event)}>
        <Field
          ref={input}
          label={t('unlock.passphrase')}
          testId="unlock-passphrase"
          type="password"
          autoComplete="current-password"
          autoFocus
          value={passphrase}
          problem={missing}
          onChange={(e) => setPassphrase(e.target.value)}
        />
        <ErrorMessage text={missing ?? (error && errorText(t, error))} />
        {waitSeconds > 0 && (
          <p className="warning-box" role="status" data-testid="unlock-wait">
            {t('unlock.wait', { seconds: waitSeconds })}
          </p>
        )}
        <div className="actions">
          <button type="submit" className="button button-primary" data-testid="unlock-submit" disabled={busy || waitSeconds > 0}>
            {busy ? t('unlock.submitting') : t('unlock.submit')}
          </button>
          <button type="button" className="link-button" onClick={() => void chooseAnotherFile()} disabled={busy}>
            {t('unlock.other')}
          </button>
        </div>
      </form>
    </ClosedLayout>
  );
}
