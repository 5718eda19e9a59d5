import { useEffect, useState, type FormEvent } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { Field } from '../../../../components/Field.js';
import { useT } from '../../../../i18n/useT.js';
import { useShellStore } from '../../shell/store/shellStore.js';
import { backupsSelectors } from '../selectors/backupsSelectors.js';
import { useBackupsStore } from '../store/backupsStore.js';
import { BackupPreview } from './BackupPreview.js';

/**
 * Restore in two steps: read the backup with its passphrase (nothing changes), then replace
 * the open workspace with it. Main keeps a copy of the current file first.
 */
export function RestoreForm({ initialPath }: { initialPath: string }) {
  const t = useT();
  const { busy, preview, readPreview, clearPreview, restore } = useBackupsStore(useShallow(backupsSelectors.restore));
  const loadInfo = useShellStore((s) => s.loadInfo);
  const [file, setFile] = useState(initialPath);
  // Held only while this form is on screen, and dropped after the restore.
  const [passphrase, setPassphrase] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  // A preview belongs to what was typed when it was read: any change (or a new form) drops it.
  useEffect(() => clearPreview(), [clearPreview]);

  const read = (event: FormEvent) => {
    event.preventDefault();
    if (!file.trim() || !passphrase) {
      setProblem(t('backups.restore.missing'));
      return;
    }
    setProblem(null);
    void readPreview(file.trim(), passphrase);
  };
  const confirm = async () => {
    if (await restore(file.trim(), passphrase)) {
      setPassphrase('');
      void loadInfo();
    }
  };
  return (
    <form className="stack" onSubmit={read} noValidate data-testid="restore-form">
      <h3>{t('backups.restore.title')}</h3>
      <p className="muted">{t('backups.restore.intro')}</p>
      <Field
        label={t('backups.restore.path')}
        testId="restore-path"
        value={file}
        problem={problem}
        onChange={(e) => {
          setFile(e.target.value);
          clearPreview();
        }}
      />
      <Field
        label={t('backups.restore.passphrase')}
        testId="restore-passphrase"
        type="password"
        autoComplete="off"
        value={passphrase}
        onChange={(e) => {
          setPassphrase(e.target.value);
          clearPreview();
        }}
      />
      <div className="actions">
        <button type="submit" className="button button-secondary" data-testid="restore-preview" disabled={busy}>
          {t('backups.restore.preview')}
        </button>
      </div>
      {preview && <BackupPreview preview={preview} />}
      {preview?.verified && (
        <div className="actions">
          <button type="button" className="button button-primary" data-testid="restore-confirm" disabled={busy} onClick={() => void confirm()}>
            {t('backups.restore.confirm')}
          </button>
        </div>
      )}
    </form>
  );
}
