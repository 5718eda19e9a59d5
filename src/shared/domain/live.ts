import type { AttendanceStatus } from './compliance.js';
import type { PersonKind } from './people.js';
import type { PlenaryType, SessionKind } from './sessions.js';

/** The live session (the guide's 3.4.4): attendance, the agenda's clock, agreements and their follow-up. */

export const agreementStatuses = ['pendiente', 'en_proceso', 'cumplido', 'cancelado'] as const;
export type AgreementStatus = (typeof agreementStatuses)[number];

export function isOpenAgreement(status: AgreementStatus): boolean {
  return status === 'pendiente' || status === 'en_proceso';
}

/**
 * What a follow-up records, made consistent: a fulfilled agreement is at 100 %, a pending one
 * has not started (0 %); progress stays a whole percent between 0 and 100.
 */
export function normalizedFollowup(status: AgreementStatus, progress: number): { status: AgreementStatus; progress: number } {
  const p = Math.min(100, Math.max(0, Math.round(progress)));
  if (status === 'cumplido') return { status, progress: 100 };
  if (status === 'pendiente') return { status, progress: p === 100 ? 0 : p };
  return { status, progress: p };
}

/** The prefix of a session's agreement codes: PL (ordinary plenary), PLE, PLI, RC, CM<committee>. */
export function agreementPrefix(s: { kind: SessionKind; plenaryType: PlenaryType | null; committeeId: number | null }): string {
  switch (s.kind) {
    case 'plenary':
      return s.plenaryType === 'extraordinary' ? 'PLE' : s.plenaryType === 'installation' ? 'PLI' : 'PL';
    case 'citizen_meeting':
      return 'RC';
    case 'committee_meeting':
      return `CM${s.committeeId ?? 0}`;
  }
}

/** "PL-7/2026-03": the session's number and year, then the agreement's place in that session. */
export function agreementCode(
  s: { kind: SessionKind; plenaryType: PlenaryType | null; committeeId: number | null; number: number; year: number },
  seq: number,
): string {
  return `${agreementPrefix(s)}-${s.number}/${s.year}-${String(seq).padStart(2, '0')}`;
}

/** Statuses in which a person is in the room and counts toward the quorum (a substitute counts). */
export const PRESENT_STATUSES: readonly AttendanceStatus[] = ['present', 'late', 'represented'];

/** The Mesa's members for the quorum: citizens and officials. Honorary members and guests attend without counting. */
export function countsForQuorum(kind: PersonKind): boolean {
  return kind === 'citizen' || kind === 'official';
}

export interface AttendanceCounts {
  /** People on the roster. */
  expected: number;
  /** Of whom something has been recorded. */
  recorded: number;
  byStatus: Record<AttendanceStatus, number>;
  /** In the room now: present, late or represented. */
  inRoom: number;
  citizensInRoom: number;
  officialsInRoom: number;
}

export interface Quorum {
  /** Members who count: citizens and officials on the roster. */
  base: number;
  /** Of those, in the room now. */
  inRoom: number;
  /** The smallest number that is MORE than `pct` percent of the base. */
  required: number;
  pct: number;
  met: boolean;
}

export function attendanceCounts(roster: readonly { kind: PersonKind; status: AttendanceStatus | null }[]): AttendanceCounts {
  const byStatus: Record<AttendanceStatus, number> = { present: 0, late: 0, left_early: 0, absent_justified: 0, absent_unjustified: 0, represented: 0 };
  let recorded = 0;
  let citizensInRoom = 0;
  let officialsInRoom = 0;
  for (const r of roster) {
    if (r.status === null) continue;
    recorded += 1;
    byStatus[r.status] += 1;
    if (PRESENT_STATUSES.includes(r.status)) {
      if (r.kind === 'citizen') citizensInRoom += 1;
      if (r.kind === 'official') officialsInRoom += 1;
    }
  }
  return {
    expected: roster.length,
    recorded,
    byStatus,
    inRoom: byStatus.present + byStatus.late + byStatus.represented,
    citizensInRoom,
    officialsInRoom,
  };
}

/** The quorum rule is a setting (`plenaryQuorumPct`): by default more than half of the members. */
export function quorum(roster: readonly { kind: PersonKind; status: AttendanceStatus | null }[], pct: number): Quorum {
  const members = roster.filter((r) => countsForQuorum(r.kind));
  const base = members.length;
  const inRoom = members.filter((r) => r.status !== null && PRESENT_STATUSES.includes(r.status)).length;
  // "More than pct %": integer arithmetic so 50 % of 40 needs 21, not 20.000001.
  // A rule of 100 % asks for everyone, not for one more than everyone.
  const required = Math.max(1, Math.min(base, Math.floor((base * Math.round(pct * 100)) / 10_000) + 1));
  return { base, inRoom, required, pct, met: base > 0 && inRoom >= required };
}

/** The countdown warns this long before an item's time runs out. */
export const ITEM_WARNING_SECONDS = 120;

/** Seconds an item has used: earlier stretches plus the current one, if it is the current item. */
export function itemSpentSeconds(item: { spentSeconds: number; startedAt: string | null; isCurrent: boolean }, nowMs: number): number {
  if (!item.isCurrent || item.startedAt === null) return item.spentSeconds;
  return item.spentSeconds + Math.max(0, Math.floor((nowMs - localInstantMs(item.startedAt)) / 1000));
}

export type CountdownState = 'normal' | 'warning' | 'over';

export function countdownState(secondsLeft: number): CountdownState {
  if (secondsLeft < 0) return 'over';
  if (secondsLeft <= ITEM_WARNING_SECONDS) return 'warning';
  return 'normal';
}

/** "12:05", "-0:42", "1:02:10" for a countdown or an elapsed time in seconds. */
export function formatDuration(seconds: number): string {
  const sign = seconds < 0 ? '-' : '';
  const s = Math.abs(Math.trunc(seconds));
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const r = s % 60;
  const mm = h > 0 ? String(m).padStart(2, '0') : String(m);
  return `${sign}${h > 0 ? `${h}:` : ''}${mm}:${String(r).padStart(2, '0')}`;
}

/** A local wall-clock instant with seconds, 'YYYY-MM-DDTHH:MM:SS': how live times are stored. */
export function localInstant(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}:${pad(date.getSeconds())}`;
}

/** Milliseconds since the epoch of a local 'YYYY-MM-DDTHH:MM[:SS]' on this machine's clock. */
export function localInstantMs(value: string): number {
  const [d, t = '00:00:00'] = value.split('T') as [string, string | undefined];
  const [y, mo, da] = d.split('-').map(Number) as [number, number, number];
  const [h = 0, mi = 0, s = 0] = t.split(':').map(Number);
  return new Date(y, mo - 1, da, h, mi, s).getTime();
}

/**
 * When the session is expected to end: the current item's time left (never less than zero)
 * plus the allotted minutes of every item after it, from now.
 */
export function liveEstimatedEndMs(nowMs: number, currentSecondsLeft: number, minutesAfter: readonly number[]): number {
  return nowMs + Math.max(0, currentSecondsLeft) * 1000 + minutesAfter.reduce((a, b) => a + b, 0) * 60_000;
}

/** What the minutes need that is still missing when the secretary closes the session. */
export type CloseWarning =
  | { code: 'attendance_pending'; count: number }
  | { code: 'followups_pending'; count: number }
  | { code: 'items_without_notes'; positions: number[] }
  | { code: 'items_not_reached'; positions: number[] };
