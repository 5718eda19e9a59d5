import { addMonths, daysBetween } from './dates.js';

/**
 * A citizen must sit on at least one committee (3.4.1); the Mesa flags who has had none for
 * longer than its rule (two months by default).
 */
export interface MembershipSpan {
  joinedOn: string;
  /** When the membership ended: the member left or the committee was dissolved. */
  endedOn: string | null;
}

/** The day since which the person has had no committee, or null if they have one today. */
export function withoutCommitteeSince(joinedMesaOn: string, memberships: readonly MembershipSpan[], today: string): string | null {
  if (memberships.some((m) => m.joinedOn <= today && (m.endedOn === null || m.endedOn > today))) return null;
  const lastEnd = memberships
    .map((m) => m.endedOn)
    .filter((d): d is string => d !== null && d <= today)
    .sort()
    .at(-1);
  return lastEnd !== undefined && lastEnd > joinedMesaOn ? lastEnd : joinedMesaOn;
}

export function committeeGapFlag(
  joinedMesaOn: string,
  memberships: readonly MembershipSpan[],
  today: string,
  months: number,
): { since: string; days: number } | null {
  const since = withoutCommitteeSince(joinedMesaOn, memberships, today);
  if (since === null || addMonths(since, months) >= today) return null;
  return { since, days: daysBetween(since, today) };
}
