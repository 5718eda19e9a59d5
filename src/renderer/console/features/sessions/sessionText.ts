import { assertNever } from '../../../../shared/domain/assertNever.js';
import {
  CONVOCATION_MIN_DAYS,
  MAX_DAYS_BETWEEN_PLENARIES,
  sessionTitle,
  type ConvocationWarning,
  type PlenaryType,
  type SessionKind,
  type SessionStatus,
} from '../../../../shared/domain/sessions.js';
import type { Language, SessionDto } from '../../../../shared/ipc/contract.js';
import { formatDay } from '../../../components/formatDay.js';
import type { MessageKey, Translate } from '../../../i18n/translate.js';

export const sessionKindLabels: Record<SessionKind, MessageKey> = {
  plenary: 'sessionKind.plenary',
  citizen_meeting: 'sessionKind.citizen_meeting',
  committee_meeting: 'sessionKind.committee_meeting',
};

export const plenaryTypeLabels: Record<PlenaryType, MessageKey> = {
  ordinary: 'plenaryType.ordinary',
  extraordinary: 'plenaryType.extraordinary',
  installation: 'plenaryType.installation',
};

export const sessionStatusLabels: Record<SessionStatus, MessageKey> = {
  draft: 'sessionStatus.draft',
  convened: 'sessionStatus.convened',
  live: 'sessionStatus.live',
  closed: 'sessionStatus.closed',
  signed: 'sessionStatus.signed',
};

/** "14 mar 2026, 17:00": the session's own wall clock, never moved by a time zone. */
export function formatScheduledAt(language: Language, scheduledAt: string): string {
  return `${formatDay(language, scheduledAt.slice(0, 10))}, ${scheduledAt.slice(11, 16)}`;
}

/** One sentence per convocation warning, with its numbers, dates and the session's title. */
export function convocationWarningText(
  t: Translate,
  language: Language,
  warning: ConvocationWarning,
  sessions: readonly SessionDto[],
): string {
  const day = (iso: string) => formatDay(language, iso);
  const titleOfId = (id: number) => {
    const session = sessions.find((s) => s.id === id);
    return session ? sessionTitle(session, language) : t('sessionWarning.unknownSession');
  };
  const min = CONVOCATION_MIN_DAYS;
  switch (warning.code) {
    case 'convocation_late':
      return t(warning.daysBefore === 1 ? 'sessionWarning.convocation_late_one' : 'sessionWarning.convocation_late', {
        title: titleOfId(warning.sessionId),
        date: day(warning.sentOn),
        days: warning.daysBefore,
        min,
      });
    case 'convocation_not_sent': {
      const key: MessageKey =
        warning.daysLeft <= 0
          ? 'sessionWarning.convocation_not_sent_today'
          : warning.daysLeft === 1
            ? 'sessionWarning.convocation_not_sent_one'
            : 'sessionWarning.convocation_not_sent';
      return t(key, { title: titleOfId(warning.sessionId), days: warning.daysLeft, min });
    }
    case 'no_plenary_scheduled':
      if (warning.lastPlenaryOn === null || warning.dueBy === null) return t('sessionWarning.no_plenary_ever');
      return t('sessionWarning.no_plenary_scheduled', {
        last: day(warning.lastPlenaryOn),
        due: day(warning.dueBy),
        max: MAX_DAYS_BETWEEN_PLENARIES,
      });
    case 'committee_idle':
      if (warning.lastMeetingOn === null) return t('sessionWarning.committee_never_met', { name: warning.committeeName });
      return t('sessionWarning.committee_idle', { name: warning.committeeName, date: day(warning.lastMeetingOn) });
    default:
      return assertNever(warning);
  }
}
