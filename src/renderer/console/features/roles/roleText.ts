import { assertNever } from '../../../../shared/domain/assertNever.js';
import type { RoleKind, RoleWarning } from '../../../../shared/domain/roles.js';
import type { MessageKey, Translate } from '../../../i18n/translate.js';

export const roleLabels: Record<RoleKind, MessageKey> = {
  coordinator: 'role.coordinator',
  substitute_coordinator: 'role.substitute_coordinator',
  technical_secretary: 'role.technical_secretary',
  executive_committee: 'role.executive_committee',
};

/** One sentence per warning, with its numbers and dates; `day` writes a date in the reader's language. */
export function roleWarningText(t: Translate, day: (iso: string) => string, warning: RoleWarning): string {
  switch (warning.code) {
    case 'no_coordinator':
      return t('roleWarning.no_coordinator');
    case 'coordinator_term_ending':
      if (warning.daysLeft <= 0) return t('roleWarning.coordinator_term_ending_today', { date: day(warning.endsOn) });
      if (warning.daysLeft === 1) return t('roleWarning.coordinator_term_ending_one', { date: day(warning.endsOn) });
      return t('roleWarning.coordinator_term_ending', { date: day(warning.endsOn), days: warning.daysLeft });
    case 'coordinator_term_ended':
      return t('roleWarning.coordinator_term_ended', { date: day(warning.endsOn) });
    case 'missing_substitutes':
      return t('roleWarning.missing_substitutes', { inOffice: warning.inOffice, required: warning.required });
    case 'no_technical_secretary':
      return t('roleWarning.no_technical_secretary');
    default:
      return assertNever(warning);
  }
}
