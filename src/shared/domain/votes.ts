import { addYears } from './dates.js';
import type { MesaRules } from './rules.js';

/**
 * Vote results as pure functions. All comparisons are done on integers (cross-multiplied),
 * so "exactly 80%" or "exactly two thirds" never depends on floating-point rounding, and a
 * small electorate rounds the way the regulation reads: 80% of 7 citizens is 5.6, so 6 must vote.
 */
export const voteKinds = ['admission', 'coordinator_election', 'substitute_election'] as const;
export type VoteKind = (typeof voteKinds)[number];

/** a/b ≥ pct/100, exactly, for a decimal percentage with up to 4 decimals. */
function atLeastPct(a: number, b: number, pct: number): boolean {
  const scaled = Math.round(pct * 10_000);
  return a * 1_000_000 >= scaled * b;
}
function morePct(a: number, b: number, pct: number): boolean {
  const scaled = Math.round(pct * 10_000);
  return a * 1_000_000 > scaled * b;
}

export interface AdmissionTally {
  /** Active citizens when the vote opened. */
  electorate: number;
  inFavour: number;
  against: number;
}

export type AdmissionOutcome = 'admitted' | 'rejected' | 'invalid';

export interface AdmissionResult {
  outcome: AdmissionOutcome;
  voted: number;
  /** The smallest number of voters that makes the vote valid. */
  quorumNeeded: number;
  valid: boolean;
}

export function admissionResult(t: AdmissionTally, rules: MesaRules): AdmissionResult {
  checkTally(t.electorate, [t.inFavour, t.against]);
  const voted = t.inFavour + t.against;
  const valid = t.electorate > 0 && atLeastPct(voted, t.electorate, rules.admissionQuorumPct);
  const quorumNeeded = smallest((n) => atLeastPct(n, t.electorate, rules.admissionQuorumPct), t.electorate);
  if (!valid) return { outcome: 'invalid', voted, quorumNeeded, valid };
  const rejected = atLeastPct(t.against, voted, rules.admissionRejectPct);
  return { outcome: rejected ? 'rejected' : 'admitted', voted, quorumNeeded, valid };
}

/** When a rejected applicant may apply again. */
export function reapplyFrom(rejectedOn: string, rules: MesaRules): string {
  return addYears(rejectedOn, rules.reapplyAfterYears);
}

export interface ElectionTally {
  electorate: number;
  /** Votes per candidate (person id → votes). */
  votesByCandidate: ReadonlyMap<number, number>;
  /** Ballots cast for nobody (blank). They count for turnout and in the votes cast. */
  blank: number;
}

export type ElectionOutcome = 'elected' | 'no_majority' | 'invalid';

export interface ElectionResult {
  outcome: ElectionOutcome;
  winner: number | null;
  voted: number;
  quorumNeeded: number;
  /** Votes a candidate needs to be elected, given the votes cast. */
  majorityNeeded: number;
  valid: boolean;
}

export function electionResult(t: ElectionTally, rules: MesaRules): ElectionResult {
  const counts = [...t.votesByCandidate.values()];
  checkTally(t.electorate, [...counts, t.blank]);
  const voted = counts.reduce((a, b) => a + b, 0) + t.blank;
  const valid = t.electorate > 0 && morePct(voted, t.electorate, rules.electionQuorumPct);
  const quorumNeeded = smallest((n) => morePct(n, t.electorate, rules.electionQuorumPct), t.electorate);
  const { numerator, denominator } = rules.electionMajority;
  const hasMajority = (votes: number) => votes * denominator >= numerator * voted;
  const majorityNeeded = smallest(hasMajority, voted);
  if (!valid) return { outcome: 'invalid', winner: null, voted, quorumNeeded, majorityNeeded, valid };
  // A qualified majority above one half can be reached by one candidate at most.
  const winner = [...t.votesByCandidate].find(([, votes]) => votes > 0 && hasMajority(votes))?.[0] ?? null;
  return { outcome: winner === null ? 'no_majority' : 'elected', winner, voted, quorumNeeded, majorityNeeded, valid };
}

function smallest(ok: (n: number) => boolean, max: number): number {
  for (let n = 0; n <= max; n++) if (ok(n)) return n;
  return max + 1;
}

function checkTally(electorate: number, counts: number[]): void {
  if (!Number.isInteger(electorate) || electorate < 0 || counts.some((c) => !Number.isInteger(c) || c < 0)) {
    throw new RangeError('vote counts must be non-negative integers');
  }
  if (counts.reduce((a, b) => a + b, 0) > electorate) throw new RangeError('more ballots than voters');
}
