import { useEffect, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { ErrorMessage } from '../../../../components/ErrorMessage.js';
import { Notice } from '../../../../components/Notice.js';
import { errorText } from '../../../../i18n/errorText.js';
import { useT } from '../../../../i18n/useT.js';
import { noticeText } from '../backupsText.js';
import { backupsSelectors } from '../selectors/backupsSelectors.js';
import { useBackupsStore } from '../store/backupsStore.js';
import { BackupList } from './BackupList.js';
import { BackupToForm } from './BackupToForm.js';
import { KeepForm } from './KeepForm.js';
import { RestoreForm } from './RestoreForm.js';

/** Encrypted backups of the open workspace: back up now or to a USB stick, how many to keep, restore. */
export function BackupsPanel() {
  const t = useT();
  const load = useBackupsStore(backupsSelectors.load);
  const data = useBackupsStore(backupsSelectors.data);
  const { busy, error, notice } = useBackupsStore(useShallow(backupsSelectors.status));
  const { create } = useBackupsStore(useShallow(backupsSelectors.actions));
  // A backup chosen in the list fills the restore form.
  const [chosen, setChosen] = useState('');
  useEffect(() => {
    void load();
  }, [load]);
  return (
    <section className="stack" data-testid="backups-panel" aria-labelledby="backups-title">
      <h2 id="backups-title">{t('backups.title')}</h2>
      <p className="intro">{t('backups.intro')}</p>
      <Notice text={noticeText(t, notice)} testId="backups-notice" />
      <ErrorMessage text={error && errorText(t, error)} />
      {data && (
        <>
          <p className="muted" data-testid="backups-dir">
            {t('backups.dir', { dir: data.dir })}
          </p>
          <div className="actions">
            <button type="button" className="button button-primary" data-testid="backups-create" disabled={busy} onClick={() => void create()}>
              {t('backups.create')}
            </button>
          </div>
          <KeepForm keep={data.keep} />
          <BackupToForm />
          <BackupList backups={data.backups} onChoose={setChosen} />
          <RestoreForm key={chosen} initialPath={chosen} />
        </>
      )}
    </section>
  );
}
