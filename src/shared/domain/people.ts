/** The Mesa's people and the vocabularies that describe them (DOMAIN.md, "People and roles"). */
export const personKinds = ['citizen', 'official', 'honorary', 'collaborator', 'volunteer', 'guest'] as const;
export type PersonKind = (typeof personKinds)[number];

export const govOrders = ['municipal', 'estatal', 'federal'] as const;
export type GovOrder = (typeof govOrders)[number];

export const govPowers = ['ejecutivo', 'legislativo', 'judicial'] as const;
export type GovPower = (typeof govPowers)[number];

export const leaveReasons = ['resignation', 'sanction', 'end_of_post', 'other'] as const;
export type LeaveReason = (typeof leaveReasons)[number];

/**
 * Active on `day` (YYYY-MM-DD): joined on or before it and not yet left. A citizen joins
 * by an admission vote, so a citizen with no join date is an applicant, not a member;
 * the services give every other new person a join date.
 */
export function isActiveOn(p: { joinedOn: string | null; leftOn: string | null }, day: string): boolean {
  return p.joinedOn !== null && p.joinedOn <= day && (p.leftOn === null || p.leftOn > day);
}

/** What a person record must hold, whoever writes it (form, import, CLI). Returns problems as keys. */
export type PersonProblem =
  | 'name_required'
  | 'official_needs_post'
  | 'official_needs_institution'
  | 'official_needs_order'
  | 'official_needs_power'
  | 'left_before_joined'
  | 'leave_reason_without_date';

export function personProblems(p: {
  kind: PersonKind;
  fullName: string;
  post: string | null;
  institution: string | null;
  order: GovOrder | null;
  power: GovPower | null;
  joinedOn: string | null;
  leftOn: string | null;
  leaveReason: LeaveReason | null;
}): PersonProblem[] {
  const problems: PersonProblem[] = [];
  if (!p.fullName.trim()) problems.push('name_required');
  if (p.kind === 'official') {
    if (!p.post?.trim()) problems.push('official_needs_post');
    if (!p.institution?.trim()) problems.push('official_needs_institution');
    if (!p.order) problems.push('official_needs_order');
    if (!p.power) problems.push('official_needs_power');
  }
  if (p.joinedOn && p.leftOn && p.leftOn < p.joinedOn) problems.push('left_before_joined');
  if (p.leaveReason && !p.leftOn) problems.push('leave_reason_without_date');
  return problems;
}

/** Names compare without case, accents or repeated spaces: "José  Pérez" is "jose perez". */
export function nameKey(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}
