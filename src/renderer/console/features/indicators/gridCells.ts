import { addPeriods, periodHasEnded, periodOf } from '../../../../shared/domain/indicators.js';

/** One grid cell's key in the store's buffer: indicator and month. */
export function cellKey(indicatorId: number, period: string): string {
  return `${indicatorId}|${period}`;
}

/**
 * What a typed cell sends: '' empties the month (null); a number of 0 or more is sent as it is,
 * a fraction included, because main's refusal says what was meant (a rate typed where the
 * month's cases go); anything else is marked here and not sent.
 */
export function parseCellText(text: string): number | null | 'invalid' {
  const trimmed = text.trim();
  if (trimmed === '') return null;
  return /^\d+(\.\d+)?$/.test(trimmed) ? Number(trimmed) : 'invalid';
}

/** Ten years of months: what the grid can show at most. */
export const MAX_GRID_MONTHS = 120;
export const INITIAL_GRID_MONTHS = 24;

/**
 * The grid's months, newest first: the current month (not over yet, so read-only) and the
 * `count` months before it.
 */
export function gridPeriods(today: string, count: number): { period: string; editable: boolean }[] {
  const current = periodOf(today);
  const out = [{ period: current, editable: periodHasEnded(current, today) }];
  for (let i = 1; i <= count; i++) out.push({ period: addPeriods(current, -i), editable: true });
  return out;
}

/** Enough months to reach the oldest recorded one, at least two years, at most ten. */
export function monthsToShow(today: string, oldestPeriod: string | null): number {
  if (oldestPeriod === null) return INITIAL_GRID_MONTHS;
  const [y, m] = periodOf(today).split('-').map(Number) as [number, number];
  const [oy, om] = oldestPeriod.split('-').map(Number) as [number, number];
  const back = (y - oy) * 12 + (m - om);
  return Math.min(MAX_GRID_MONTHS, Math.max(INITIAL_GRID_MONTHS, back));
}
