/**
 * The Mesa's thresholds, with the guide's defaults (cuadros 5 and 11, section 3.4.1).
 * They are settings: a Mesa's own regulation may set others.
 * Percentages are whole or decimal percents; the qualified majority is a fraction so that
 * "two thirds" is exact.
 */
export interface MesaRules {
  /** A citizen may miss at most this share of citizen + plenary sessions unjustified. */
  maxUnjustifiedAbsencePct: number;
  /** Admission vote: valid only if at least this share of active citizens voted. */
  admissionQuorumPct: number;
  /** Admission vote: rejected when this share of the votes cast, or more, is against. */
  admissionRejectPct: number;
  /** A rejected applicant may apply again after this many years. */
  reapplyAfterYears: number;
  /** Election: valid only if MORE than this share of active citizens voted. */
  electionQuorumPct: number;
  /** Election: a candidate needs at least this fraction of the votes cast. */
  electionMajority: { numerator: number; denominator: number };
  /** Coordinator's term, and the warning before it ends. */
  coordinatorTermYears: number;
  electionWarningDays: number;
  requiredSubstitutes: number;
  /** Citizens without a committee are flagged after this many months. */
  monthsWithoutCommittee: number;
  /** A plenary has quorum when MORE than this share of its members (citizens and officials) is in the room. */
  plenaryQuorumPct: number;
}

export const DEFAULT_RULES: MesaRules = {
  maxUnjustifiedAbsencePct: 20,
  admissionQuorumPct: 80,
  admissionRejectPct: 25,
  reapplyAfterYears: 1,
  electionQuorumPct: 85,
  electionMajority: { numerator: 2, denominator: 3 },
  coordinatorTermYears: 1,
  electionWarningDays: 30,
  requiredSubstitutes: 2,
  monthsWithoutCommittee: 2,
  plenaryQuorumPct: 50,
};
