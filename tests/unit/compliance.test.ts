import { describe, expect, it } from 'vitest';
import { attendanceCompliance, type AttendanceStatus } from '../../src/shared/domain/compliance.js';
import { DEFAULT_RULES as R } from '../../src/shared/domain/rules.js';

const sessions = (unjustified: number, total: number): AttendanceStatus[] => [
  ...Array<AttendanceStatus>(unjustified).fill('absent_unjustified'),
  ...Array<AttendanceStatus>(total - unjustified).fill('present'),
];

describe('attendance compliance (3.4.1)', () => {
  it('allows exactly 20% and flags above it', () => {
    expect(attendanceCompliance(sessions(2, 10), R)).toEqual({ sessions: 10, unjustified: 2, unjustifiedPct: 20, flagged: false });
    expect(attendanceCompliance(sessions(3, 10), R)).toMatchObject({ unjustifiedPct: 30, flagged: true });
    expect(attendanceCompliance(sessions(1, 5), R).flagged).toBe(false);
    expect(attendanceCompliance(sessions(2, 9), R)).toMatchObject({ unjustifiedPct: 22.2, flagged: true });
  });

  it('does not count justified absences, late arrivals or early departures', () => {
    const s: AttendanceStatus[] = ['absent_justified', 'absent_justified', 'late', 'left_early', 'absent_unjustified'];
    expect(attendanceCompliance(s, R)).toMatchObject({ sessions: 5, unjustified: 1, unjustifiedPct: 20, flagged: false });
  });

  it('flags nobody without sessions, and follows the configured threshold', () => {
    expect(attendanceCompliance([], R)).toEqual({ sessions: 0, unjustified: 0, unjustifiedPct: 0, flagged: false });
    expect(attendanceCompliance(sessions(1, 10), { ...R, maxUnjustifiedAbsencePct: 5 }).flagged).toBe(true);
  });
});
