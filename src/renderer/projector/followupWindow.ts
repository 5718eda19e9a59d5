/**
 * The rows of a long table that fit on the wall: `size` consecutive rows with the focused one
 * as near the middle as the ends allow, and how many were left out on each side.
 */
export function followupWindow<T>(rows: readonly T[], focusIndex: number, size: number): { rows: T[]; before: number; after: number } {
  if (rows.length <= size) return { rows: [...rows], before: 0, after: 0 };
  const focus = focusIndex < 0 ? 0 : focusIndex;
  const start = Math.max(0, Math.min(focus - Math.floor((size - 1) / 2), rows.length - size));
  return { rows: rows.slice(start, start + size), before: start, after: rows.length - start - size };
}
