/**
 * Crime indicators and goals (metas) of the Comité de indicadores (DOMAIN.md; the guide's
 * 2.5.7, 3.3.12, 3.3.13). Pure rules shared by the services, the CLI, the charts and the console.
 *
 * What is stored: for every indicator and month ('YYYY-MM') the number of cases (carpetas,
 * víctimas) of that month. The unit says how the indicator is read and how its goals are set:
 * - `cases`: the month's cases as they are;
 * - `rate_100k`: cases per 100,000 inhabitants, computed from the Mesa's population of the
 *   period's year, **annualized** (see annualizedRate).
 */

export const indicatorUnits = ['cases', 'rate_100k'] as const;
export type IndicatorUnit = (typeof indicatorUnits)[number];

/** The unit as the CSV and the CLI write it. */
export const UNIT_WORDS: Readonly<Record<IndicatorUnit, string>> = { cases: 'casos', rate_100k: 'tasa_100k' };

/** 'casos' → cases, 'tasa_100k' → rate_100k; `word` already canonical (lowercase, no accents, '_' for spaces). */
export function unitFromWord(word: string): IndicatorUnit | null {
  const key = word.replace(/[\s-]+/g, '_');
  if (key === 'casos' || key === 'caso' || key === 'cases') return 'cases';
  if (['tasa_100k', 'tasa', 'tasa_100_mil', 'tasa_por_100k', 'tasa_por_100_mil', 'rate_100k'].includes(key)) return 'rate_100k';
  return null;
}

export const RATE_BASE = 100_000;

// ── Periods ('YYYY-MM') ─────────────────────────────────────────────────────

const PERIOD = /^(\d{4})-(0[1-9]|1[0-2])$/;

/** A month between 1900-01 and 2199-12 (the schema's and the population table's range). */
export function isPeriod(value: string): boolean {
  const m = PERIOD.exec(value);
  return m !== null && Number(m[1]) >= 1900 && Number(m[1]) <= 2199;
}

export function periodOf(day: string): string {
  return day.slice(0, 7);
}

export function addPeriods(period: string, months: number): string {
  const [y, m] = period.split('-').map(Number) as [number, number];
  const index = y * 12 + (m - 1) + months;
  return `${String(Math.floor(index / 12)).padStart(4, '0')}-${String((index % 12) + 1).padStart(2, '0')}`;
}

/** Last day of the month: a month's figure counts from then on. */
export function periodEnd(period: string): string {
  const [y, m] = period.split('-').map(Number) as [number, number];
  return new Date(Date.UTC(y, m, 0)).toISOString().slice(0, 10);
}

/** Months from `from` to `to`, both included; empty when `to` is before `from`. */
export function periodsBetween(from: string, to: string): string[] {
  const out: string[] = [];
  for (let p = from; p <= to; p = addPeriods(p, 1)) out.push(p);
  return out;
}

/** A month is over (its figure can be recorded) once its last day has passed or is today. */
export function periodHasEnded(period: string, today: string): boolean {
  return periodEnd(period) <= today;
}

const MONTHS: Readonly<Record<'es' | 'en', readonly string[]>> = {
  es: ['ene', 'feb', 'mar', 'abr', 'may', 'jun', 'jul', 'ago', 'sep', 'oct', 'nov', 'dic'],
  en: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'],
};

/** '2025-12' or '2025-12-31' → 'dic 2025' ('Dec 2025'). */
export function monthLabel(periodOrDay: string, language: 'es' | 'en'): string {
  const [y, m] = periodOrDay.split('-');
  return `${MONTHS[language][Number(m) - 1]} ${y}`;
}

// ── Population and rates ────────────────────────────────────────────────────

export interface PopulationYear {
  year: number;
  population: number;
}

/** The population of the period's year when recorded, else the Mesa's population (schema v1). */
export function populationFor(period: string, years: readonly PopulationYear[], mesaPopulation: number): number {
  const year = Number(period.slice(0, 4));
  return years.find((p) => p.year === year)?.population ?? mesaPopulation;
}

/**
 * A month's cases as an annual rate per 100,000 inhabitants: cases × 12 / population × 100,000.
 *
 * Why annualized, and why ×12 rather than a rolling 12-month sum: goals are annual rates (the
 * guide's "50 homicides per 100,000" is a yearly figure), so a month must be read on the same
 * scale or no month could ever be compared with its goal. ×12 gives each month its own figure,
 * answers at once when things change (what the committee reports at a monthly plenary), and
 * needs no year of history, which a Mesa starting out does not have; the price is that small
 * months are noisy, which the chart shows as it is. It is also how the Mesas' tables already
 * speak of "tasa anualizada". Rates are kept unrounded; round only to display.
 */
export function annualizedRate(cases: number, population: number): number {
  if (!(population > 0)) throw new RangeError('population must be positive');
  return (cases * 12 * RATE_BASE) / population;
}

/** The figure an indicator shows for a month: its cases, or its annualized rate. */
export function indicatorValue(unit: IndicatorUnit, cases: number, population: number): number {
  return unit === 'cases' ? cases : annualizedRate(cases, population);
}

export interface SeriesPoint {
  period: string;
  value: number;
}

// ── Changes ─────────────────────────────────────────────────────────────────

export interface Change {
  previousPeriod: string;
  previous: number;
  /** value − previous, in the indicator's unit. */
  delta: number;
  /** Relative change in percent; null when the previous value is 0. */
  percent: number | null;
}

/** Change against the value `months` earlier; null when either month has no value. */
export function changeFrom(points: readonly SeriesPoint[], period: string, months: number): Change | null {
  const current = points.find((p) => p.period === period);
  const previousPeriod = addPeriods(period, -months);
  const previous = points.find((p) => p.period === previousPeriod);
  if (!current || !previous) return null;
  const delta = current.value - previous.value;
  return { previousPeriod, previous: previous.value, delta, percent: previous.value === 0 ? null : (delta / previous.value) * 100 };
}

export const monthOverMonth = (points: readonly SeriesPoint[], period: string) => changeFrom(points, period, 1);
export const yearOverYear = (points: readonly SeriesPoint[], period: string) => changeFrom(points, period, 12);

// ── Goals ───────────────────────────────────────────────────────────────────

/**
 * Crime indicators only ever aim down: a goal is met when the figure is at or below its target.
 * `met_on` is written when the goal is superseded: the last day of the month whose figure met it.
 */
export interface Goal {
  id: number;
  target: number;
  /** 'YYYY-MM-DD'. */
  deadline: string;
  supersededById: number | null;
  metOn: string | null;
}

/**
 * met: the latest known figure is at or below the target. pending: not yet, deadline ahead.
 * missed: not met and the deadline has passed. no_data: no figure yet. superseded: replaced by a
 * newer goal (then `metOn` tells whether it had been met).
 */
export const goalStatuses = ['met', 'pending', 'missed', 'no_data', 'superseded'] as const;
export type GoalStatus = (typeof goalStatuses)[number];

/**
 * The figure known at `day`: the latest month that has ended by then. A month's figure is known
 * once the month is over, so at a plenary on 14 November the committee reads October, and a
 * goal with deadline 31 December is judged on December.
 */
export function valueAt(points: readonly SeriesPoint[], day: string): SeriesPoint | null {
  let best: SeriesPoint | null = null;
  for (const p of points) {
    if (periodEnd(p.period) <= day && (best === null || p.period > best.period)) best = p;
  }
  return best;
}

/** Met at `day`: the figure known that day is at or below the target. */
export function goalMetAt(goal: Pick<Goal, 'target'>, points: readonly SeriesPoint[], day: string): boolean {
  const known = valueAt(points, day);
  return known !== null && known.value <= goal.target;
}

export function goalStatus(goal: Goal, points: readonly SeriesPoint[], today: string): GoalStatus {
  if (goal.supersededById !== null) return 'superseded';
  const known = valueAt(points, today);
  if (known === null) return 'no_data';
  if (known.value <= goal.target) return 'met';
  return today > goal.deadline ? 'missed' : 'pending';
}

/** Whether the goal counts as met: a superseded one by its record, a current one by today's figure. */
export function goalIsMet(goal: Goal, points: readonly SeriesPoint[], today: string): boolean {
  return goal.supersededById !== null ? goal.metOn !== null : goalStatus(goal, points, today) === 'met';
}

/** The goal in force: the one no other goal has superseded. */
export function currentGoal<G extends Pick<Goal, 'supersededById'>>(goals: readonly G[]): G | null {
  return goals.find((g) => g.supersededById === null) ?? null;
}

export type SupersessionProblem = 'not_stricter';

/**
 * A new goal replaces the one in force (history kept: 50 → 30 → 14). A goal that is met can
 * only be replaced by a stricter one (a lower target); one not met may be replaced by any, so
 * the plenary can set a new deadline or a reachable target, and the history shows it unmet.
 */
export function supersessionProblem(current: Goal | null, nextTarget: number, points: readonly SeriesPoint[], today: string): SupersessionProblem | null {
  if (current === null) return null;
  return goalMetAt(current, points, today) && nextTarget >= current.target ? 'not_stricter' : null;
}

/** What is written on the goal being replaced: the day its figure met it, or null if it was not met. */
export function metOnAtSupersession(current: Goal, points: readonly SeriesPoint[], today: string): string | null {
  const known = valueAt(points, today);
  return known !== null && known.value <= current.target ? periodEnd(known.period) : null;
}

// ── Display ─────────────────────────────────────────────────────────────────

/** Rates with one decimal, cases whole: "26.2", "41", "1,240" (es-MX and en-US both write these alike). */
export function formatIndicatorValue(unit: IndicatorUnit, value: number, language: 'es' | 'en'): string {
  return value.toLocaleString(language === 'es' ? 'es-MX' : 'en-US', {
    minimumFractionDigits: unit === 'rate_100k' ? 1 : 0,
    maximumFractionDigits: unit === 'rate_100k' ? 1 : 0,
  });
}

/** "+41 %", "−12.5 %": a real minus sign, one decimal under 10 %. */
export function formatPercent(percent: number, language: 'es' | 'en'): string {
  const abs = Math.abs(percent);
  const digits = abs < 10 && abs !== Math.round(abs) ? 1 : 0;
  const text = abs.toLocaleString(language === 'es' ? 'es-MX' : 'en-US', { maximumFractionDigits: digits, minimumFractionDigits: 0 });
  const sign = percent > 0 ? '+' : percent < 0 && text !== '0' ? '−' : '';
  return `${sign}${text} %`;
}

/** "Meta 30 (dic 2025)". */
export function goalLabel(unit: IndicatorUnit, goal: Pick<Goal, 'target' | 'deadline'>, language: 'es' | 'en'): string {
  const target = goal.target.toLocaleString(language === 'es' ? 'es-MX' : 'en-US', { maximumFractionDigits: unit === 'rate_100k' ? 1 : 0 });
  return `${language === 'es' ? 'Meta' : 'Goal'} ${target} (${monthLabel(goal.deadline, language)})`;
}
