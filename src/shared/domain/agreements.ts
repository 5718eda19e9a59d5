import { daysBetween } from './dates.js';
import { isOpenAgreement, type AgreementStatus } from './live.js';
import { nameKey } from './people.js';

/**
 * The agreements matrix (the guide's 2.7.4): every agreement of every session, its follow-up
 * and whether it is overdue. Filtering and sorting are pure so the console, the CLI, the
 * export and the projection all apply exactly the same rules.
 */
export interface MatrixRow {
  id: number;
  code: string;
  text: string;
  sessionId: number;
  /** "Sesión plenaria ordinaria 7/2026", as `sessions list` shows it. */
  session: string;
  /** 'YYYY-MM-DD' of the session that adopted it. */
  sessionDate: string;
  committeeId: number | null;
  committee: string | null;
  responsibleIds: number[];
  responsible: string[];
  dueOn: string | null;
  status: AgreementStatus;
  progress: number;
  lastFollowUp: { on: string; status: AgreementStatus; progress: number; note: string | null } | null;
  followUps: number;
}

/** Overdue ("vencido"): still open after its due date. Derived, never stored. */
export function isOverdue(row: { dueOn: string | null; status: AgreementStatus }, today: string): boolean {
  return row.dueOn !== null && isOpenAgreement(row.status) && row.dueOn < today;
}

/** Days since the session that adopted it. */
export function ageInDays(row: { sessionDate: string }, today: string): number {
  return Math.max(0, daysBetween(row.sessionDate, today));
}

export interface MatrixFilter {
  statuses?: AgreementStatus[];
  committeeId?: number | null;
  /** By committee name (the CLI); compared without case or accents. */
  committeeName?: string;
  responsibleId?: number;
  overdue?: boolean;
  /** Sessions held from / to these days, inclusive. */
  from?: string;
  to?: string;
  /** Words that must all appear in the code, text, committee or responsible names. */
  text?: string;
}

export const matrixColumns = ['code', 'text', 'session', 'committee', 'responsible', 'dueOn', 'status', 'progress', 'lastFollowUp', 'age'] as const;
export type MatrixColumn = (typeof matrixColumns)[number];
export interface MatrixSort {
  column: MatrixColumn;
  direction: 'asc' | 'desc';
}

/** A filter is compiled once (lower-cased words, sets), then tested on each row: 5,000 rows in a few ms. */
/*
 * The searchable text of a row, normalized once per row object: the text filter runs on every
 * keystroke over thousands of rows, and normalizing each row again was most of its time.
 * Rows are never mutated (a change arrives as a new row object), so the cache cannot go stale.
 */
const haystacks = new WeakMap<MatrixRow, string>();
function haystackOf(r: MatrixRow): string {
  let text = haystacks.get(r);
  if (text === undefined) {
    text = nameKey(`${r.code} ${r.text} ${r.committee ?? ''} ${r.responsible.join(' ')}`);
    haystacks.set(r, text);
  }
  return text;
}

export function filterMatrix<R extends MatrixRow>(rows: readonly R[], filter: MatrixFilter, today: string): R[] {
  const statuses = filter.statuses && filter.statuses.length > 0 ? new Set(filter.statuses) : null;
  const committee = filter.committeeName === undefined ? null : nameKey(filter.committeeName);
  const words = filter.text ? nameKey(filter.text).split(' ').filter(Boolean) : [];
  return rows.filter((r) => {
    if (statuses && !statuses.has(r.status)) return false;
    if (filter.committeeId !== undefined && r.committeeId !== filter.committeeId) return false;
    if (committee !== null && (r.committee === null || nameKey(r.committee) !== committee)) return false;
    if (filter.responsibleId !== undefined && !r.responsibleIds.includes(filter.responsibleId)) return false;
    if (filter.overdue !== undefined && isOverdue(r, today) !== filter.overdue) return false;
    if (filter.from && r.sessionDate < filter.from) return false;
    if (filter.to && r.sessionDate > filter.to) return false;
    if (words.length > 0) {
      const haystack = haystackOf(r);
      if (!words.every((w) => haystack.includes(w))) return false;
    }
    return true;
  });
}

const STATUS_ORDER: Record<AgreementStatus, number> = { pendiente: 0, en_proceso: 1, cumplido: 2, cancelado: 3 };
const collator = new Intl.Collator('es', { sensitivity: 'base', numeric: true });

/** Sorts a copy; ties keep the matrix order (session date, then code). Empty values go last. */
export function sortMatrix<R extends MatrixRow>(rows: readonly R[], sort: MatrixSort, today: string): R[] {
  const sign = sort.direction === 'asc' ? 1 : -1;
  const key = (r: R): string | number | null => {
    switch (sort.column) {
      case 'code':
        return r.code;
      case 'text':
        return r.text;
      case 'session':
        return r.sessionDate;
      case 'committee':
        return r.committee;
      case 'responsible':
        return r.responsible[0] ?? null;
      case 'dueOn':
        return r.dueOn;
      case 'status':
        return STATUS_ORDER[r.status];
      case 'progress':
        return r.progress;
      case 'lastFollowUp':
        return r.lastFollowUp?.on ?? null;
      case 'age':
        return ageInDays(r, today);
    }
  };
  const keyed = rows.map((r, i) => ({ r, i, k: key(r) }));
  keyed.sort((a, b) => {
    if (a.k === null || b.k === null) return a.k === b.k ? a.i - b.i : a.k === null ? 1 : -1;
    const c = typeof a.k === 'number' && typeof b.k === 'number' ? a.k - b.k : collator.compare(String(a.k), String(b.k));
    return c !== 0 ? sign * c : a.i - b.i;
  });
  return keyed.map((k) => k.r);
}

/** The import's and the CLI's words for a status: "en proceso" ↔ 'en_proceso'. */
export const STATUS_WORDS: Record<AgreementStatus, string> = {
  pendiente: 'pendiente',
  en_proceso: 'en proceso',
  cumplido: 'cumplido',
  cancelado: 'cancelado',
};

export function statusFromWord(word: string): AgreementStatus | null {
  const key = nameKey(word).replace(/[_-]/g, ' ');
  const found = (Object.entries(STATUS_WORDS) as [AgreementStatus, string][]).find(([, w]) => w === key);
  return found ? found[0] : null;
}
