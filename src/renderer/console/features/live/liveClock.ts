import { itemSpentSeconds } from '../../../../shared/domain/live.js';

/** Seconds left on the current item at `nowMs` (negative once over time). */
export function secondsLeft(item: { minutesAllotted: number; spentSeconds: number; startedAt: string | null }, nowMs: number): number {
  return item.minutesAllotted * 60 - itemSpentSeconds({ ...item, isCurrent: true }, nowMs);
}

/** 'HH:MM' of an instant, on this machine's wall clock (main's times are local too). */
export function clockTime(ms: number): string {
  const d = new Date(ms);
  return `${String(d.getHours()).padStart(2, '0')}:${String(d.getMinutes()).padStart(2, '0')}`;
}
