import type { BackupEntryDto } from '../../../../../shared/ipc/contract.js';
import { formatDateTime } from '../../../../i18n/format.js';
import { languageSelectors, useLanguageStore } from '../../../../i18n/languageStore.js';
import { useT } from '../../../../i18n/useT.js';
import { backupKindLabels, megabytes } from '../backupsText.js';

/** The backups in the app's folder, newest first; "Elegir" puts one in the restore form. */
export function BackupList({ backups, onChoose }: { backups: BackupEntryDto[]; onChoose: (path: string) => void }) {
  const t = useT();
  const language = useLanguageStore(languageSelectors.language);
  if (backups.length === 0) {
    return (
      <p className="muted" data-testid="backups-empty">
        {t('backups.empty')}
      </p>
    );
  }
  return (
    <div className="table-wrap">
      <table className="table" data-testid="backups-list">
        <thead>
          <tr>
            <th scope="col">{t('backups.col.date')}</th>
            <th scope="col">{t('backups.col.kind')}</th>
            <th scope="col">{t('backups.col.size')}</th>
            <th scope="col">
              <span className="visually-hidden">{t('backups.col.actions')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {backups.map((b) => (
            <tr key={b.path} data-testid="backup-row">
              <td>{formatDateTime(language, b.createdAt)}</td>
              <td>{t(backupKindLabels[b.kind])}</td>
              <td>{t('backups.size', { mb: megabytes(b.bytes) })}</td>
              <td>
                <button type="button" className="link-button" data-testid="backup-choose" onClick={() => onChoose(b.path)}>
                  {t('backups.choose')}
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
