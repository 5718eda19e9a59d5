import type { MesaRules } from './rules.js';

/**
 * Attendance compliance (3.4.1): a citizen may miss at most a share of citizen meetings and
 * plenaries without justification. Represented-by-substitute does not apply to citizens.
 */
export const attendanceStatuses = ['present', 'late', 'left_early', 'absent_justified', 'absent_unjustified', 'represented'] as const;
export type AttendanceStatus = (typeof attendanceStatuses)[number];

export interface AttendanceCompliance {
  sessions: number;
  unjustified: number;
  /** Share in percent, one decimal; 0 when there were no sessions. */
  unjustifiedPct: number;
  flagged: boolean;
}

export function attendanceCompliance(statuses: readonly AttendanceStatus[], rules: MesaRules): AttendanceCompliance {
  const sessions = statuses.length;
  const unjustified = statuses.filter((s) => s === 'absent_unjustified').length;
  const scaled = Math.round(rules.maxUnjustifiedAbsencePct * 10_000);
  return {
    sessions,
    unjustified,
    unjustifiedPct: sessions === 0 ? 0 : Math.round((unjustified / sessions) * 1000) / 10,
    // "At most 20%": flagged only when strictly above.
    flagged: sessions > 0 && unjustified * 1_000_000 > scaled * sessions,
  };
}
