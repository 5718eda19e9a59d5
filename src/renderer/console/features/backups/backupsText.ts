import type { BackupEntryDto } from '../../../../shared/ipc/contract.js';
import type { MessageKey, Translate } from '../../../i18n/translate.js';
import type { BackupsNotice } from './store/backupsStore.js';

export const backupKindLabels: Record<BackupEntryDto['kind'], MessageKey> = {
  auto: 'backups.kind.auto',
  manual: 'backups.kind.manual',
  prerestore: 'backups.kind.prerestore',
  external: 'backups.kind.external',
};

export function noticeText(t: Translate, notice: BackupsNotice | null): string | null {
  if (!notice) return null;
  switch (notice.kind) {
    case 'created':
      return t('backups.notice.created', { name: notice.name });
    case 'copied':
      return t('backups.notice.copied', { path: notice.path });
    case 'keep':
      return t('backups.notice.keep', { keep: notice.keep });
    case 'restored':
      return t('backups.notice.restored', { path: notice.keptCopy });
  }
}

/** Sizes as a secretary reads them: MB with one decimal. */
export const megabytes = (bytes: number): string => (bytes / (1024 * 1024)).toFixed(1);
