import { describe, expect, it } from 'vitest';
import {
  agreementCode,
  attendanceCounts,
  countdownState,
  formatDuration,
  itemSpentSeconds,
  liveEstimatedEndMs,
  localInstant,
  localInstantMs,
  normalizedFollowup,
  quorum,
} from '../../src/shared/domain/live.js';

const roster = (citizensIn: number, citizensOut: number, officialsIn: number, extra: { kind: 'honorary'; status: 'present' }[] = []) => [
  ...Array.from({ length: citizensIn }, () => ({ kind: 'citizen' as const, status: 'present' as const })),
  ...Array.from({ length: citizensOut }, () => ({ kind: 'citizen' as const, status: null })),
  ...Array.from({ length: officialsIn }, () => ({ kind: 'official' as const, status: 'represented' as const })),
  ...extra,
];

describe('live rules', () => {
  it('codes agreements by session kind, number, year and place', () => {
    expect(agreementCode({ kind: 'plenary', plenaryType: 'ordinary', committeeId: null, number: 7, year: 2026 }, 3)).toBe('PL-7/2026-03');
    expect(agreementCode({ kind: 'plenary', plenaryType: 'extraordinary', committeeId: null, number: 1, year: 2026 }, 12)).toBe('PLE-1/2026-12');
    expect(agreementCode({ kind: 'committee_meeting', plenaryType: null, committeeId: 4, number: 2, year: 2027 }, 1)).toBe('CM4-2/2027-01');
  });

  it('needs MORE than the share of members; honorary members do not count', () => {
    expect(quorum(roster(20, 20, 0), 50)).toMatchObject({ base: 40, inRoom: 20, required: 21, met: false });
    expect(quorum(roster(20, 19, 1), 50)).toMatchObject({ base: 40, inRoom: 21, required: 21, met: true });
    expect(quorum(roster(10, 31, 0, [{ kind: 'honorary', status: 'present' }]), 50)).toMatchObject({ base: 41, required: 21 });
    expect(quorum(roster(3, 0, 0), 99.99)).toMatchObject({ required: 3, met: true });
    expect(quorum([], 50)).toMatchObject({ base: 0, met: false });
  });

  it('counts who is in the room by status and kind', () => {
    const counts = attendanceCounts([
      { kind: 'citizen', status: 'late' },
      { kind: 'official', status: 'left_early' },
      { kind: 'official', status: 'represented' },
      { kind: 'guest', status: 'present' },
      { kind: 'citizen', status: null },
    ]);
    expect(counts).toMatchObject({ expected: 5, recorded: 4, inRoom: 3, citizensInRoom: 1, officialsInRoom: 1 });
  });

  it('makes follow-ups consistent', () => {
    expect(normalizedFollowup('cumplido', 40)).toEqual({ status: 'cumplido', progress: 100 });
    expect(normalizedFollowup('pendiente', 100)).toEqual({ status: 'pendiente', progress: 0 });
    expect(normalizedFollowup('en_proceso', 33.6)).toEqual({ status: 'en_proceso', progress: 34 });
    expect(normalizedFollowup('cancelado', 150)).toEqual({ status: 'cancelado', progress: 100 });
  });

  it('counts down across visits and formats durations', () => {
    const start = '2026-07-10T17:00:00';
    const nowMs = localInstantMs('2026-07-10T17:07:30');
    expect(itemSpentSeconds({ spentSeconds: 60, startedAt: start, isCurrent: true }, nowMs)).toBe(510);
    expect(itemSpentSeconds({ spentSeconds: 60, startedAt: start, isCurrent: false }, nowMs)).toBe(60);
    expect([countdownState(121), countdownState(120), countdownState(0), countdownState(-1)]).toEqual(['normal', 'warning', 'warning', 'over']);
    expect([formatDuration(605), formatDuration(-42), formatDuration(3730)]).toEqual(['10:05', '-0:42', '1:02:10']);
    expect(liveEstimatedEndMs(0, -30, [10, 5])).toBe(15 * 60_000);
    expect(localInstant(new Date(localInstantMs(start)))).toBe(start);
  });
});
