import { describe, expect, it } from 'vitest';
import { admissionResult, electionResult, reapplyFrom } from '../../src/shared/domain/votes.js';
import { DEFAULT_RULES as R } from '../../src/shared/domain/rules.js';

const election = (electorate: number, counts: [number, number][], blank = 0) =>
  electionResult({ electorate, votesByCandidate: new Map(counts), blank }, R);

describe('admission vote (cuadro 11)', () => {
  it('is valid at exactly 80% turnout and invalid just below', () => {
    expect(admissionResult({ electorate: 10, inFavour: 8, against: 0 }, R)).toMatchObject({ outcome: 'admitted', valid: true, quorumNeeded: 8 });
    expect(admissionResult({ electorate: 10, inFavour: 7, against: 0 }, R)).toMatchObject({ outcome: 'invalid', valid: false });
  });

  it('rounds turnout up with small electorates: 80% of 7 is 5.6, so 6 must vote', () => {
    expect(admissionResult({ electorate: 7, inFavour: 5, against: 0 }, R)).toMatchObject({ outcome: 'invalid', quorumNeeded: 6 });
    expect(admissionResult({ electorate: 7, inFavour: 6, against: 0 }, R).outcome).toBe('admitted');
    expect(admissionResult({ electorate: 1, inFavour: 1, against: 0 }, R).outcome).toBe('admitted');
    expect(admissionResult({ electorate: 0, inFavour: 0, against: 0 }, R).outcome).toBe('invalid');
  });

  it('rejects at exactly 25% against and admits just below', () => {
    expect(admissionResult({ electorate: 8, inFavour: 6, against: 2 }, R).outcome).toBe('rejected');
    expect(admissionResult({ electorate: 20, inFavour: 15, against: 5 }, R).outcome).toBe('rejected');
    expect(admissionResult({ electorate: 20, inFavour: 16, against: 4 }, R).outcome).toBe('admitted');
    // 2 of 9 votes is 22.2%: admitted; 3 of 9 is 33.3%: rejected.
    expect(admissionResult({ electorate: 9, inFavour: 7, against: 2 }, R).outcome).toBe('admitted');
    expect(admissionResult({ electorate: 9, inFavour: 6, against: 3 }, R).outcome).toBe('rejected');
  });

  it('refuses impossible tallies', () => {
    expect(() => admissionResult({ electorate: 3, inFavour: 3, against: 1 }, R)).toThrow(/more ballots/);
    expect(() => admissionResult({ electorate: 3, inFavour: -1, against: 1 }, R)).toThrow(RangeError);
    expect(() => admissionResult({ electorate: 3, inFavour: 1.5, against: 1 }, R)).toThrow(RangeError);
  });

  it('lets a rejected applicant reapply one year later, 29 February included', () => {
    expect(reapplyFrom('2026-03-15', R)).toBe('2027-03-15');
    expect(reapplyFrom('2028-02-29', R)).toBe('2029-02-28');
  });

  it('follows thresholds set by the Mesa', () => {
    const strict = { ...R, admissionQuorumPct: 90, admissionRejectPct: 10 };
    expect(admissionResult({ electorate: 10, inFavour: 8, against: 0 }, strict).outcome).toBe('invalid');
    expect(admissionResult({ electorate: 10, inFavour: 9, against: 1 }, strict).outcome).toBe('rejected');
  });
});

describe('coordinator election (cuadro 5)', () => {
  it('needs MORE than 85% turnout: exactly 85% is invalid', () => {
    expect(election(20, [[1, 17]])).toMatchObject({ outcome: 'invalid', quorumNeeded: 18 });
    expect(election(20, [[1, 18]])).toMatchObject({ outcome: 'elected', winner: 1 });
  });

  it('rounds with small electorates: more than 85% of 6 is 5.1, so all 6 must vote', () => {
    expect(election(6, [[1, 5]])).toMatchObject({ outcome: 'invalid', quorumNeeded: 6 });
    expect(election(6, [[1, 6]]).outcome).toBe('elected');
  });

  it('elects at exactly two thirds of the votes cast, not below', () => {
    expect(election(9, [[1, 6], [2, 3]])).toMatchObject({ outcome: 'elected', winner: 1, majorityNeeded: 6 });
    expect(election(10, [[1, 6], [2, 4]])).toMatchObject({ outcome: 'no_majority', winner: null, majorityNeeded: 7 });
    expect(election(10, [[1, 7], [2, 3]])).toMatchObject({ outcome: 'elected', winner: 1 });
  });

  it('counts blank ballots in turnout and in the votes cast', () => {
    // 6 of 9 cast is exactly two thirds; one more blank ballot makes it 6 of 10.
    expect(election(10, [[1, 6]], 3)).toMatchObject({ outcome: 'elected', winner: 1, voted: 9, majorityNeeded: 6 });
    expect(election(10, [[1, 6]], 4)).toMatchObject({ outcome: 'no_majority', winner: null, voted: 10, majorityNeeded: 7 });
  });

  it('uses the configured majority', () => {
    const simple = { ...R, electionMajority: { numerator: 1, denominator: 2 } };
    expect(electionResult({ electorate: 10, votesByCandidate: new Map([[1, 5], [2, 5]]), blank: 0 }, simple).outcome).toBe('elected');
  });
});
