import type { BackupPreviewDto } from '../../../../../shared/ipc/contract.js';
import { formatDateTime, formatNumber } from '../../../../i18n/format.js';
import { languageSelectors, useLanguageStore } from '../../../../i18n/languageStore.js';
import { useT } from '../../../../i18n/useT.js';

/** What a backup holds, read with its passphrase: shown before anything is replaced. */
export function BackupPreview({ preview }: { preview: BackupPreviewDto }) {
  const t = useT();
  const language = useLanguageStore(languageSelectors.language);
  const count = (table: string) => formatNumber(language, preview.counts[table] ?? 0);
  return (
    <dl className="mesa-facts" data-testid="backup-preview">
      <div>
        <dt>{t('backups.preview.mesa')}</dt>
        <dd data-testid="backup-preview-mesa">{preview.mesa.name}</dd>
      </div>
      <div>
        <dt>{t('backups.preview.date')}</dt>
        <dd>{formatDateTime(language, preview.backedUpAt)}</dd>
      </div>
      <div>
        <dt>{t('backups.preview.contents')}</dt>
        <dd data-testid="backup-preview-counts">
          {t('backups.preview.counts', { people: count('people'), sessions: count('sessions'), agreements: count('agreements') })}
        </dd>
      </div>
      <div>
        <dt>{t('backups.preview.check')}</dt>
        <dd>{preview.verified ? t('backups.preview.verified') : t('backups.preview.problems', { problem: preview.problems[0] ?? '' })}</dd>
      </div>
    </dl>
  );
}
