import { useState, type FormEvent } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { Field } from '../../../../components/Field.js';
import { useT } from '../../../../i18n/useT.js';
import { backupsSelectors } from '../selectors/backupsSelectors.js';
import { useBackupsStore } from '../store/backupsStore.js';

/** "Respaldar en…": a copy on a USB stick, under the same passphrase. */
export function BackupToForm() {
  const t = useT();
  const { backupTo } = useBackupsStore(useShallow(backupsSelectors.actions));
  const { busy } = useBackupsStore(useShallow(backupsSelectors.status));
  const [target, setTarget] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!target.trim()) {
      setProblem(t('backups.to.missing'));
      return;
    }
    setProblem(null);
    if (await backupTo(target.trim())) setTarget('');
  };
  return (
    <form className="inline-form" onSubmit={(e) => void submit(e)} noValidate>
      <Field
        label={t('backups.to.label')}
        hint={t('backups.to.hint')}
        testId="backups-to-path"
        value={target}
        problem={problem}
        onChange={(e) => setTarget(e.target.value)}
      />
      <button type="submit" className="button button-secondary" data-testid="backups-to-submit" disabled={busy}>
        {t('backups.to.submit')}
      </button>
    </form>
  );
}
