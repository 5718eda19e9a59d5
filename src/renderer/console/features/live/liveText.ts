import { assertNever } from '../../../../shared/domain/assertNever.js';
import type { AttendanceStatus } from '../../../../shared/domain/compliance.js';
import type { AgreementStatus, CloseWarning } from '../../../../shared/domain/live.js';
import type { Language } from '../../../../shared/ipc/contract.js';
import { locales, type MessageKey, type Translate } from '../../../i18n/translate.js';

export const attendanceLabels: Record<AttendanceStatus, MessageKey> = {
  present: 'live.attendance.status.present',
  late: 'live.attendance.status.late',
  left_early: 'live.attendance.status.left_early',
  absent_justified: 'live.attendance.status.absent_justified',
  absent_unjustified: 'live.attendance.status.absent_unjustified',
  represented: 'live.attendance.status.represented',
};

/** The row's buttons: a short word each, the letter that does the same from the keyboard. */
export const attendanceButtons: Record<AttendanceStatus, MessageKey> = {
  present: 'live.attendance.button.present',
  late: 'live.attendance.button.late',
  left_early: 'live.attendance.button.left_early',
  absent_justified: 'live.attendance.button.absent_justified',
  absent_unjustified: 'live.attendance.button.absent_unjustified',
  represented: 'live.attendance.button.represented',
};

/** P, T, S, J, I, R: the Spanish initials, kept in English too so hands learn one set. */
export const attendanceKeys: Record<AttendanceStatus, string> = {
  present: 'P',
  late: 'T',
  left_early: 'S',
  absent_justified: 'J',
  absent_unjustified: 'I',
  represented: 'R',
};

export const agreementStatusLabels: Record<AgreementStatus, MessageKey> = {
  pendiente: 'agreementStatus.pendiente',
  en_proceso: 'agreementStatus.en_proceso',
  cumplido: 'agreementStatus.cumplido',
  cancelado: 'agreementStatus.cancelado',
};

/** "2, 3 y 5" / "2, 3, and 5". */
function positionList(language: Language, positions: readonly number[]): string {
  return new Intl.ListFormat(locales[language], { style: 'long', type: 'conjunction' }).format(positions.map(String));
}

/** One plain sentence per thing the minutes still miss. */
export function closeWarningText(t: Translate, language: Language, warning: CloseWarning): string {
  switch (warning.code) {
    case 'attendance_pending':
      return t(warning.count === 1 ? 'live.closeWarning.attendance_pending_one' : 'live.closeWarning.attendance_pending', { count: warning.count });
    case 'followups_pending':
      return t(warning.count === 1 ? 'live.closeWarning.followups_pending_one' : 'live.closeWarning.followups_pending', { count: warning.count });
    case 'items_not_reached':
      return t(warning.positions.length === 1 ? 'live.closeWarning.items_not_reached_one' : 'live.closeWarning.items_not_reached', {
        positions: positionList(language, warning.positions),
      });
    case 'items_without_notes':
      return t(warning.positions.length === 1 ? 'live.closeWarning.items_without_notes_one' : 'live.closeWarning.items_without_notes', {
        positions: positionList(language, warning.positions),
      });
    default:
      return assertNever(warning);
  }
}

/** Lower case without accents: "jose" finds "José". */
export function searchKey(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLocaleLowerCase('es');
}
