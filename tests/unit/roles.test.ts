import { describe, expect, it } from 'vitest';
import { canHoldRole, roleWarnings, type RoleTermLike } from '../../src/shared/domain/roles.js';
import { personProblems, nameKey, isActiveOn } from '../../src/shared/domain/people.js';
import { DEFAULT_RULES as R } from '../../src/shared/domain/rules.js';
import { addYears, isIsoDay } from '../../src/shared/domain/dates.js';

const full: RoleTermLike[] = [
  { role: 'coordinator', startsOn: '2026-01-10', endsOn: '2027-01-10' },
  { role: 'substitute_coordinator', startsOn: '2026-01-10', endsOn: null },
  { role: 'substitute_coordinator', startsOn: '2026-01-10', endsOn: null },
  { role: 'technical_secretary', startsOn: '2025-06-01', endsOn: null },
];

describe('role rules (cuadro 5)', () => {
  it('an official can never hold a citizen role; anyone can be technical secretary', () => {
    expect(canHoldRole('official', 'coordinator')).toBe(false);
    expect(canHoldRole('official', 'substitute_coordinator')).toBe(false);
    expect(canHoldRole('official', 'executive_committee')).toBe(false);
    expect(canHoldRole('honorary', 'coordinator')).toBe(false);
    expect(canHoldRole('citizen', 'coordinator')).toBe(true);
    expect(canHoldRole('official', 'technical_secretary')).toBe(true);
  });

  it('warns 30 days before the coordinator term ends, not 31', () => {
    expect(roleWarnings(full, '2026-12-10', R)).toEqual([]);
    expect(roleWarnings(full, '2026-12-11', R)).toEqual([{ code: 'coordinator_term_ending', endsOn: '2027-01-10', daysLeft: 30 }]);
    expect(roleWarnings(full, '2027-01-11', R)).toEqual([{ code: 'coordinator_term_ended', endsOn: '2027-01-10' }]);
  });

  it('warns when fewer than two substitutes are in office, and when offices are empty', () => {
    const one = full.filter((_, i) => i !== 2);
    expect(roleWarnings(one, '2026-06-01', R)).toEqual([{ code: 'missing_substitutes', inOffice: 1, required: 2 }]);
    expect(roleWarnings([], '2026-06-01', R)).toEqual([
      { code: 'no_coordinator' },
      { code: 'missing_substitutes', inOffice: 0, required: 2 },
      { code: 'no_technical_secretary' },
    ]);
  });
});

describe('people rules', () => {
  const base = { kind: 'citizen' as const, fullName: 'Ana', post: null, institution: null, order: null, power: null, joinedOn: null, leftOn: null, leaveReason: null };
  it('an official needs post, institution, order and power', () => {
    expect(personProblems({ ...base, kind: 'official' })).toEqual(['official_needs_post', 'official_needs_institution', 'official_needs_order', 'official_needs_power']);
    expect(personProblems({ ...base, kind: 'official', post: 'Fiscal', institution: 'FGE', order: 'estatal', power: 'ejecutivo' })).toEqual([]);
  });
  it('refuses an empty name, a leave before joining, a reason without a date', () => {
    expect(personProblems({ ...base, fullName: '  ' })).toEqual(['name_required']);
    expect(personProblems({ ...base, joinedOn: '2026-05-01', leftOn: '2026-04-01' })).toEqual(['left_before_joined']);
    expect(personProblems({ ...base, leaveReason: 'resignation' })).toEqual(['leave_reason_without_date']);
  });
  it('compares names without case, accents or extra spaces', () => {
    expect(nameKey('  José   Pérez ')).toBe(nameKey('jose perez'));
    expect(nameKey('Ñuño')).toBe('nuno');
  });
  it('is active between joining and leaving', () => {
    expect(isActiveOn({ joinedOn: '2026-01-01', leftOn: '2026-06-01' }, '2026-05-31')).toBe(true);
    expect(isActiveOn({ joinedOn: '2026-01-01', leftOn: '2026-06-01' }, '2026-06-01')).toBe(false);
    expect(isActiveOn({ joinedOn: '2026-01-02', leftOn: null }, '2026-01-01')).toBe(false);
    // A citizen without a join date is an applicant awaiting the admission vote.
    expect(isActiveOn({ joinedOn: null, leftOn: null }, '2026-01-01')).toBe(false);
  });
  it('validates calendar days strictly', () => {
    expect(isIsoDay('2026-02-29')).toBe(false);
    expect(isIsoDay('2028-02-29')).toBe(true);
    expect(isIsoDay('2026-13-01')).toBe(false);
    expect(isIsoDay('26-01-01')).toBe(false);
    expect(addYears('2026-01-10', 1)).toBe('2027-01-10');
  });
});

describe('citizens without a committee (3.4.1)', () => {
  it('flags after MORE than two months without a committee', async () => {
    const { committeeGapFlag } = await import('../../src/shared/domain/committees.js');
    expect(committeeGapFlag('2026-01-15', [], '2026-03-15', 2)).toBeNull();
    expect(committeeGapFlag('2026-01-15', [], '2026-03-16', 2)).toEqual({ since: '2026-01-15', days: 60 });
    // Counted from the end of the last membership (left, or committee dissolved), not from joining the Mesa.
    const left = [{ joinedOn: '2026-01-20', endedOn: '2026-05-01' }];
    expect(committeeGapFlag('2026-01-15', left, '2026-07-01', 2)).toBeNull();
    expect(committeeGapFlag('2026-01-15', left, '2026-07-02', 2)).toEqual({ since: '2026-05-01', days: 62 });
    expect(committeeGapFlag('2026-01-15', [{ joinedOn: '2026-01-20', endedOn: null }], '2027-01-01', 2)).toBeNull();
  });
});
