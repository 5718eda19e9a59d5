import { addDays, daysBetween } from './dates.js';
import type { PersonKind } from './people.js';
import type { MesaRules } from './rules.js';

export const roleKinds = ['coordinator', 'substitute_coordinator', 'technical_secretary', 'executive_committee'] as const;
export type RoleKind = (typeof roleKinds)[number];

/** Citizen roles: an official (CCCP) can never hold them (2.7.1). The secretary is staff. */
export function canHoldRole(kind: PersonKind, role: RoleKind): boolean {
  if (role === 'technical_secretary') return true;
  return kind === 'citizen';
}

export interface RoleTermLike {
  role: RoleKind;
  startsOn: string;
  endsOn: string | null;
}

export function inOffice(term: RoleTermLike, day: string): boolean {
  return term.startsOn <= day && (term.endsOn === null || term.endsOn >= day);
}

export type RoleWarning =
  | { code: 'no_coordinator' }
  | { code: 'coordinator_term_ending'; endsOn: string; daysLeft: number }
  | { code: 'coordinator_term_ended'; endsOn: string }
  | { code: 'missing_substitutes'; inOffice: number; required: number }
  | { code: 'no_technical_secretary' };

/** What the Mesa should act on about its offices on `today`. */
export function roleWarnings(terms: readonly RoleTermLike[], today: string, rules: MesaRules): RoleWarning[] {
  const warnings: RoleWarning[] = [];
  const current = terms.filter((t) => inOffice(t, today));
  const coordinator = current.find((t) => t.role === 'coordinator');
  if (!coordinator) {
    const lastEnded = terms
      .filter((t) => t.role === 'coordinator' && t.endsOn !== null && t.endsOn < today)
      .sort((a, b) => (a.endsOn! < b.endsOn! ? 1 : -1))[0];
    warnings.push(lastEnded ? { code: 'coordinator_term_ended', endsOn: lastEnded.endsOn! } : { code: 'no_coordinator' });
  } else if (coordinator.endsOn !== null && coordinator.endsOn <= addDays(today, rules.electionWarningDays)) {
    warnings.push({ code: 'coordinator_term_ending', endsOn: coordinator.endsOn, daysLeft: daysBetween(today, coordinator.endsOn) });
  }
  const substitutes = current.filter((t) => t.role === 'substitute_coordinator').length;
  if (substitutes < rules.requiredSubstitutes) {
    warnings.push({ code: 'missing_substitutes', inOffice: substitutes, required: rules.requiredSubstitutes });
  }
  if (!current.some((t) => t.role === 'technical_secretary')) warnings.push({ code: 'no_technical_secretary' });
  return warnings;
}
