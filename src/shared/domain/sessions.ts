import { addDays, daysBetween } from './dates.js';

/** Sessions of an MSJ (DOMAIN.md "Meetings"; the guide's 3.4.3 and 3.4.4). */
export const sessionKinds = ['plenary', 'citizen_meeting', 'committee_meeting'] as const;
export type SessionKind = (typeof sessionKinds)[number];

export const plenaryTypes = ['ordinary', 'extraordinary', 'installation'] as const;
export type PlenaryType = (typeof plenaryTypes)[number];

export const sessionStatuses = ['draft', 'convened', 'live', 'closed', 'signed'] as const;
export type SessionStatus = (typeof sessionStatuses)[number];

/** A session still in preparation: its date, place and agenda can change; once live they are fixed. */
export function inPreparation(status: SessionStatus): boolean {
  return status === 'draft' || status === 'convened';
}

/** Forward only, one step at a time; a convened session may go back to draft to fix it. */
export function canMoveTo(from: SessionStatus, to: SessionStatus): boolean {
  const i = sessionStatuses.indexOf(from);
  const j = sessionStatuses.indexOf(to);
  return j === i + 1 || (from === 'convened' && to === 'draft');
}

export const agendaItemKinds = [
  'introductions',
  'agreements_followup',
  'authority_reports',
  'committee_reports',
  'indicators',
  'other',
  'general_matters',
  'closing',
] as const;
export type AgendaItemKind = (typeof agendaItemKinds)[number];

/** The guide's order of business for a plenary (3.4.4), with a sensible time for each item. */
export const PLENARY_TEMPLATE: readonly { kind: AgendaItemKind; title: string; minutes: number }[] = [
  { kind: 'introductions', title: 'Presentaciones informales', minutes: 10 },
  { kind: 'agreements_followup', title: 'Lectura de acuerdos y su seguimiento', minutes: 30 },
  { kind: 'authority_reports', title: 'Informes de las autoridades', minutes: 40 },
  { kind: 'committee_reports', title: 'Avances de los comités', minutes: 30 },
  { kind: 'indicators', title: 'Indicadores y metas', minutes: 15 },
  { kind: 'other', title: 'Otros asuntos', minutes: 15 },
  { kind: 'general_matters', title: 'Asuntos generales', minutes: 15 },
  { kind: 'closing', title: 'Cierre de la sesión', minutes: 5 },
];

/** A committee meeting starts from the committee routine (cuadro 8): its current agreements are read first. */
export const COMMITTEE_TEMPLATE: readonly { kind: AgendaItemKind; title: string; minutes: number }[] = [
  { kind: 'agreements_followup', title: 'Lectura de los acuerdos vigentes del comité', minutes: 20 },
  { kind: 'other', title: 'Avances y trabajo del mes', minutes: 40 },
  { kind: 'general_matters', title: 'Asuntos generales', minutes: 10 },
];

/** An item still titled as its template names it. */
export function hasTemplateTitle(item: { kind: AgendaItemKind; title: string }): boolean {
  const title = item.title.trim().toLocaleLowerCase('es');
  return [...PLENARY_TEMPLATE, ...COMMITTEE_TEMPLATE].some((t) => t.kind === item.kind && t.title.toLocaleLowerCase('es') === title);
}

const PLENARY_TYPE_ES: Record<PlenaryType, string> = { ordinary: 'ordinaria', extraordinary: 'extraordinaria', installation: 'de instalación' };
const PLENARY_TYPE_EN: Record<PlenaryType, string> = { ordinary: 'Ordinary', extraordinary: 'Extraordinary', installation: 'Installation' };

/** "Sesión plenaria ordinaria 7/2026", "Reunión ciudadana 3/2026", "Reunión del Comité de prevención 2/2026". */
export function sessionTitle(
  s: { kind: SessionKind; plenaryType: PlenaryType | null; number: number; year: number; committeeName: string | null },
  language: 'es' | 'en' = 'es',
): string {
  const n = `${s.number}/${s.year}`;
  if (language === 'en') {
    if (s.kind === 'plenary') return `${PLENARY_TYPE_EN[s.plenaryType ?? 'ordinary']} plenary session ${n}`;
    if (s.kind === 'citizen_meeting') return `Citizen meeting ${n}`;
    return `${s.committeeName ?? 'Committee'} meeting ${n}`;
  }
  if (s.kind === 'plenary') return `Sesión plenaria ${PLENARY_TYPE_ES[s.plenaryType ?? 'ordinary']} ${n}`;
  if (s.kind === 'citizen_meeting') return `Reunión ciudadana ${n}`;
  return `Reunión del ${s.committeeName ?? 'comité'} ${n}`;
}

/** 'HH:MM' after adding minutes to a 'YYYY-MM-DDTHH:MM' local start; the day may roll over. */
export function estimatedEnd(startsAt: string, minutes: readonly number[]): string {
  const [h, m] = startsAt.slice(11, 16).split(':').map(Number) as [number, number];
  const total = h * 60 + m + minutes.reduce((a, b) => a + b, 0);
  const wrapped = ((total % 1440) + 1440) % 1440;
  return `${String(Math.floor(wrapped / 60)).padStart(2, '0')}:${String(wrapped % 60).padStart(2, '0')}`;
}

export const CONVOCATION_MIN_DAYS = 3;
export const MAX_DAYS_BETWEEN_PLENARIES = 90;
export const MAX_DAYS_WITHOUT_COMMITTEE_MEETING = 31;

export type ConvocationWarning =
  | { code: 'convocation_late'; sessionId: number; sentOn: string; daysBefore: number }
  | { code: 'convocation_not_sent'; sessionId: number; daysLeft: number }
  | { code: 'no_plenary_scheduled'; lastPlenaryOn: string | null; dueBy: string | null }
  | { code: 'committee_idle'; committeeId: number; committeeName: string; lastMeetingOn: string | null };

/**
 * What the secretary should act on about convocations (3.4.4, cuadro 8): the orden del día
 * goes out at least 3 days before; a plenary at least every 90 days; committees monthly.
 */
export function convocationWarnings(
  input: {
    plenaries: readonly { id: number; date: string; status: SessionStatus; convocationSentOn: string | null }[];
    committees: readonly { id: number; name: string; createdOn: string; lastMeetingOn: string | null }[];
  },
  today: string,
): ConvocationWarning[] {
  const warnings: ConvocationWarning[] = [];
  for (const p of input.plenaries) {
    if (inPreparation(p.status)) {
      if (p.convocationSentOn !== null) {
        const daysBefore = daysBetween(p.convocationSentOn, p.date);
        if (daysBefore < CONVOCATION_MIN_DAYS) warnings.push({ code: 'convocation_late', sessionId: p.id, sentOn: p.convocationSentOn, daysBefore });
      } else if (p.date >= today && daysBetween(today, p.date) <= CONVOCATION_MIN_DAYS + 2) {
        warnings.push({ code: 'convocation_not_sent', sessionId: p.id, daysLeft: daysBetween(today, p.date) });
      }
    }
  }
  const last = input.plenaries.filter((p) => p.date <= today).map((p) => p.date).sort().at(-1) ?? null;
  const next = input.plenaries.filter((p) => p.date > today).map((p) => p.date).sort()[0] ?? null;
  const dueBy = last === null ? null : addDays(last, MAX_DAYS_BETWEEN_PLENARIES);
  if (next === null || (dueBy !== null && next > dueBy)) {
    warnings.push({ code: 'no_plenary_scheduled', lastPlenaryOn: last, dueBy });
  }
  for (const c of input.committees) {
    const since = c.lastMeetingOn ?? c.createdOn;
    if (daysBetween(since, today) > MAX_DAYS_WITHOUT_COMMITTEE_MEETING) {
      warnings.push({ code: 'committee_idle', committeeId: c.id, committeeName: c.name, lastMeetingOn: c.lastMeetingOn });
    }
  }
  return warnings;
}
