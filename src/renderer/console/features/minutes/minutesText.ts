import type { Language, MinutesDto, MinutesStatus } from '../../../../shared/ipc/contract.js';
import type { AppError } from '../../../../shared/ipc/result.js';
import { errorText } from '../../../i18n/errorText.js';
import { locales, type MessageKey, type Translate } from '../../../i18n/translate.js';

export const minutesStatusLabels: Record<MinutesStatus, MessageKey> = {
  draft: 'minutes.status.draft',
  approved: 'minutes.status.approved',
  signed: 'minutes.status.signed',
};

const exportKindLabels: Record<string, MessageKey> = {
  minutes_draft: 'minutes.exportKind.minutes_draft',
  minutes_approved: 'minutes.exportKind.minutes_approved',
  minutes_signed: 'minutes.exportKind.minutes_signed',
  citizen_minutes_draft: 'minutes.exportKind.citizen_minutes_draft',
  citizen_minutes_approved: 'minutes.exportKind.citizen_minutes_approved',
  citizen_minutes_signed: 'minutes.exportKind.citizen_minutes_signed',
  attachment: 'minutes.exportKind.attachment',
  agenda: 'minutes.exportKind.agenda',
};

/** What kind of file an export was; a kind this console does not know is shown as main logged it. */
export function exportKindText(t: Translate, kind: string): string {
  const key = exportKindLabels[kind];
  return key ? t(key) : kind;
}

/** A phrase as the first word of a table cell. */
export function upperFirst(text: string): string {
  return text.charAt(0).toLocaleUpperCase() + text.slice(1);
}

/** A SHA-256 in blocks of four characters, to read it aloud or compare it with a printed footer. */
export function groupedHash(sha256: string): string {
  return sha256.match(/.{1,4}/g)?.join(' ') ?? sha256;
}

export function formatBytes(language: Language, bytes: number): string {
  const number = (value: number) => new Intl.NumberFormat(locales[language], { maximumFractionDigits: 1 }).format(value);
  if (bytes < 1024) return `${number(bytes)} B`;
  if (bytes < 1024 * 1024) return `${number(bytes / 1024)} KB`;
  return `${number(bytes / (1024 * 1024))} MB`;
}

/** Main explains a refused file or a bad date better than a generic sentence: its words are kept. */
export function minutesRefusalText(t: Translate, error: AppError): string {
  return error.code === 'invalid_argument' || error.code === 'file_not_found' ? t('minutes.refused', { detail: error.message }) : errorText(t, error);
}

/** 'YYYY-MM-DDTHH:MM:SS' local wall-clock, or a UTC ISO instant, as the reader's date and time. */
export function formatInstant(language: Language, instant: string): string {
  const local = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?$/.test(instant);
  const date = local ? new Date(`${instant.slice(0, 16)}`) : new Date(instant);
  return new Intl.DateTimeFormat(locales[language], { dateStyle: 'medium', timeStyle: 'short' }).format(date);
}

/** Why nothing can change (main's reason, in the reader's language). */
export function readOnlyKey(minutes: MinutesDto): MessageKey {
  if (minutes.sessionStatus !== 'closed' && minutes.sessionStatus !== 'signed') return 'minutes.readOnly.notHeld';
  return minutes.status === 'approved' ? 'minutes.readOnly.approved' : 'minutes.readOnly.signed';
}
