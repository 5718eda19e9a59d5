import type { AgendaItemKind } from '../../../../shared/domain/sessions.js';
import type { MessageKey } from '../../../i18n/translate.js';

export const agendaKindLabels: Record<AgendaItemKind, MessageKey> = {
  introductions: 'agendaKind.introductions',
  agreements_followup: 'agendaKind.agreements_followup',
  authority_reports: 'agendaKind.authority_reports',
  committee_reports: 'agendaKind.committee_reports',
  indicators: 'agendaKind.indicators',
  other: 'agendaKind.other',
  general_matters: 'agendaKind.general_matters',
  closing: 'agendaKind.closing',
};

/** 'HH:MM' whether main sends a clock time or a whole local instant. */
export const clock = (time: string): string => time.slice(-5);


