import {
  filterMatrix,
  isOverdue,
  sortMatrix,
  type MatrixColumn,
  type MatrixFilter,
  type MatrixRow,
  type MatrixSort,
} from '../../../../shared/domain/agreements.js';
import { agreementStatuses } from '../../../../shared/domain/live.js';

/** One line of the virtualized matrix: a committee's heading when grouping, or an agreement. */
export type MatrixItem =
  | { kind: 'group'; key: string; committeeId: number | null; committee: string | null; count: number; overdue: number }
  | { kind: 'row'; row: MatrixRow; overdue: boolean };

export interface MatrixView {
  items: MatrixItem[];
  /** Agreements that pass the filter, and how many of them are overdue. */
  shown: number;
  overdue: number;
}

const collator = new Intl.Collator('es', { sensitivity: 'base', numeric: true });

/**
 * The whole matrix is in memory: filter and sort with the shared rules (the CLI, the exports and
 * the projector use the same ones), then group. 5,000 rows take a few milliseconds.
 */
export function matrixView(
  rows: readonly MatrixRow[],
  filter: MatrixFilter,
  sort: MatrixSort | null,
  groupByCommittee: boolean,
  today: string,
): MatrixView {
  const filtered = filterMatrix(rows, filter, today);
  const sorted = sort ? sortMatrix(filtered, sort, today) : filtered;
  const items = sorted.map((row): MatrixItem & { kind: 'row' } => ({ kind: 'row', row, overdue: isOverdue(row, today) }));
  const overdue = items.reduce((n, i) => n + (i.overdue ? 1 : 0), 0);
  if (!groupByCommittee) return { items, shown: sorted.length, overdue };

  const groups = new Map<string, { committeeId: number | null; committee: string | null; items: (MatrixItem & { kind: 'row' })[] }>();
  for (const item of items) {
    const key = item.row.committeeId === null ? 'none' : String(item.row.committeeId);
    const group = groups.get(key) ?? { committeeId: item.row.committeeId, committee: item.row.committee, items: [] };
    group.items.push(item);
    groups.set(key, group);
  }
  // Committees by name (reversed when the matrix is sorted by committee, descending); "no committee" last.
  const sign = sort?.column === 'committee' && sort.direction === 'desc' ? -1 : 1;
  const ordered = [...groups.entries()].sort(([, a], [, b]) =>
    a.committee === null ? 1 : b.committee === null ? -1 : sign * collator.compare(a.committee, b.committee),
  );
  const grouped: MatrixItem[] = [];
  for (const [key, group] of ordered) {
    grouped.push({
      kind: 'group',
      key,
      committeeId: group.committeeId,
      committee: group.committee,
      count: group.items.length,
      overdue: group.items.filter((i) => i.overdue).length,
    });
    grouped.push(...group.items);
  }
  return { items: grouped, shown: sorted.length, overdue };
}

/**
 * A filter with only the fields that filter something, always in the same key order: a saved
 * view compares equal to the screen's state, and main receives no empty fields.
 */
export function normalizedFilter(filter: MatrixFilter): MatrixFilter {
  const out: MatrixFilter = {};
  if (filter.statuses && filter.statuses.length > 0) out.statuses = agreementStatuses.filter((s) => filter.statuses!.includes(s));
  if (filter.committeeId !== undefined) out.committeeId = filter.committeeId;
  if (filter.committeeName) out.committeeName = filter.committeeName;
  if (filter.responsibleId !== undefined) out.responsibleId = filter.responsibleId;
  if (filter.overdue !== undefined) out.overdue = filter.overdue;
  if (filter.from) out.from = filter.from;
  if (filter.to) out.to = filter.to;
  if (filter.text && filter.text.trim()) out.text = filter.text;
  return out;
}

/** A change to the filter: a field set to undefined is cleared. */
export type FilterChange = { [K in keyof MatrixFilter]?: MatrixFilter[K] | undefined };

export function changedFilter(filter: MatrixFilter, change: FilterChange): MatrixFilter {
  return normalizedFilter({ ...filter, ...change } as MatrixFilter);
}

export interface MatrixLayout {
  filter: MatrixFilter;
  sort: MatrixSort | null;
  groupByCommittee: boolean;
}

export function sameLayout(a: MatrixLayout, b: MatrixLayout): boolean {
  return (
    JSON.stringify(normalizedFilter(a.filter)) === JSON.stringify(normalizedFilter(b.filter)) &&
    a.sort?.column === b.sort?.column &&
    a.sort?.direction === b.sort?.direction &&
    a.groupByCommittee === b.groupByCommittee
  );
}

/** A click on a column heading: that column ascending, or the other way if it already sorts. */
export function nextSort(current: MatrixSort | null, column: MatrixColumn): MatrixSort {
  if (current?.column === column) return { column, direction: current.direction === 'asc' ? 'desc' : 'asc' };
  return { column, direction: 'asc' };
}

export interface Choice {
  id: number;
  name: string;
}

/** The committees and people the matrix names, for its filters; by name. */
export function matrixChoices(rows: readonly MatrixRow[]): { committees: Choice[]; responsibles: Choice[]; withoutCommittee: boolean } {
  const committees = new Map<number, string>();
  const responsibles = new Map<number, string>();
  let withoutCommittee = false;
  for (const r of rows) {
    if (r.committeeId === null) withoutCommittee = true;
    else if (r.committee !== null) committees.set(r.committeeId, r.committee);
    r.responsibleIds.forEach((id, i) => responsibles.set(id, r.responsible[i] ?? ''));
  }
  const byName = (m: Map<number, string>) =>
    [...m].map(([id, name]) => ({ id, name })).sort((a, b) => collator.compare(a.name, b.name));
  return { committees: byName(committees), responsibles: byName(responsibles), withoutCommittee };
}

/** The grid's cells, in order; committee and responsibles share one. */
export const matrixCells: readonly { key: string; columns: readonly MatrixColumn[] }[] = [
  { key: 'code', columns: ['code'] },
  { key: 'text', columns: ['text'] },
  { key: 'session', columns: ['session'] },
  { key: 'committee', columns: ['committee', 'responsible'] },
  { key: 'dueOn', columns: ['dueOn'] },
  { key: 'status', columns: ['status'] },
  { key: 'progress', columns: ['progress'] },
  { key: 'lastFollowUp', columns: ['lastFollowUp'] },
  { key: 'age', columns: ['age'] },
];
