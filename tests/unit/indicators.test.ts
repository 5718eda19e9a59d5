import { describe, expect, it } from 'vitest';
import {
  addPeriods,
  annualizedRate,
  currentGoal,
  formatPercent,
  goalIsMet,
  goalLabel,
  goalMetAt,
  goalStatus,
  indicatorValue,
  isPeriod,
  metOnAtSupersession,
  monthOverMonth,
  periodEnd,
  periodHasEnded,
  periodsBetween,
  populationFor,
  supersessionProblem,
  unitFromWord,
  valueAt,
  yearOverYear,
  type Goal,
  type SeriesPoint,
} from '../../src/shared/domain/indicators.js';
import { readNumber, readPeriod } from '../../src/main/import/indicatorsCsv.js';

const JUAREZ = 1_512_450;

const series = (from: string, values: number[]): SeriesPoint[] => values.map((value, i) => ({ period: addPeriods(from, i), value }));

const goal = (id: number, target: number, deadline: string, over: Partial<Goal> = {}): Goal => ({ id, target, deadline, supersededById: null, metOn: null, ...over });

describe('periods', () => {
  it('are months YYYY-MM, counted across years', () => {
    expect(isPeriod('2025-12')).toBe(true);
    for (const bad of ['2025-13', '2025-00', '2025-1', '25-01', '2025-01-01', '1899-12', '']) expect(isPeriod(bad), bad).toBe(false);
    expect(addPeriods('2025-11', 3)).toBe('2026-02');
    expect(addPeriods('2025-01', -1)).toBe('2024-12');
    expect(addPeriods('2025-03', -24)).toBe('2023-03');
    expect(periodEnd('2024-02')).toBe('2024-02-29');
    expect(periodEnd('2025-12')).toBe('2025-12-31');
    expect(periodsBetween('2025-11', '2026-02')).toEqual(['2025-11', '2025-12', '2026-01', '2026-02']);
    expect(periodsBetween('2026-02', '2025-11')).toEqual([]);
  });

  it('can be recorded once the month is over', () => {
    expect(periodHasEnded('2026-05', '2026-05-31')).toBe(true);
    expect(periodHasEnded('2026-06', '2026-06-15')).toBe(false);
  });

  it('are read as spreadsheets write them', () => {
    expect(readPeriod('2025-03')).toBe('2025-03');
    expect(readPeriod('2025-3')).toBe('2025-03');
    expect(readPeriod('03/2025')).toBe('2025-03');
    for (const bad of ['2025-13', 'marzo 2025', '2025/03/01', '2025']) expect(readPeriod(bad), bad).toBeNull();
  });
});

describe('rate per 100,000 inhabitants', () => {
  it('annualizes a month: cases × 12 / population × 100,000', () => {
    // Juárez: 50 per 100,000 a year is about 63 homicides a month.
    expect(annualizedRate(63, JUAREZ)).toBeCloseTo(49.99, 2);
    expect(annualizedRate(9, 412_380)).toBeCloseTo(26.19, 2);
    expect(annualizedRate(0, 412_380)).toBe(0);
    expect(() => annualizedRate(3, 0)).toThrow();
  });

  it('is what a rate indicator shows; a cases indicator shows its cases', () => {
    expect(indicatorValue('cases', 41, 412_380)).toBe(41);
    expect(indicatorValue('rate_100k', 7, 412_380)).toBeCloseTo(20.37, 2);
  });

  it('uses the population of the period’s year, else the Mesa’s', () => {
    const years = [{ year: 2025, population: 1_500_000 }];
    expect(populationFor('2025-07', years, JUAREZ)).toBe(1_500_000);
    expect(populationFor('2026-01', years, JUAREZ)).toBe(JUAREZ);
  });

  it('takes the CSV’s units in any case or spelling', () => {
    expect(unitFromWord('casos')).toBe('cases');
    expect(unitFromWord('tasa_100k')).toBe('rate_100k');
    expect(unitFromWord('tasa por 100 mil')).toBe('rate_100k');
    expect(unitFromWord('porcentaje')).toBeNull();
  });

  it('reads numbers as Mexican spreadsheets write them', () => {
    expect(readNumber('1240')).toBe(1240);
    expect(readNumber('1,240')).toBe(1240);
    expect(readNumber(' 12 ')).toBe(12);
    expect(readNumber('12.5')).toBe(12.5);
    expect(readNumber('12,5')).toBe(12.5);
    expect(readNumber('−3')).toBe(-3);
    for (const bad of ['doce', '12a', '1.2.3', '', '--1']) expect(readNumber(bad), bad).toBeNull();
  });
});

describe('changes', () => {
  const points = series('2024-05', [10, 12, 11, 13, 12, 10, 9, 11, 10, 8, 9, 7, 6, 8]);

  it('month over month: against the month before', () => {
    expect(monthOverMonth(points, '2025-06')).toEqual({ previousPeriod: '2025-05', previous: 6, delta: 2, percent: (2 / 6) * 100 });
    expect(monthOverMonth(points, '2024-05')).toBeNull();
  });

  it('year over year: against the same month a year before', () => {
    expect(yearOverYear(points, '2025-06')).toEqual({ previousPeriod: '2024-06', previous: 12, delta: -4, percent: (-4 / 12) * 100 });
    expect(yearOverYear(points, '2025-04')).toBeNull();
  });

  it('has no percent against a month with nothing', () => {
    expect(monthOverMonth(series('2025-01', [0, 2]), '2025-02')).toMatchObject({ delta: 2, percent: null });
  });

  it('a missing month is no change rather than a change against another month', () => {
    const gap = [{ period: '2025-01', value: 5 }, { period: '2025-03', value: 4 }];
    expect(monthOverMonth(gap, '2025-03')).toBeNull();
  });

  it('prints with a real minus sign, one decimal under 10 %', () => {
    expect(formatPercent(-7.5, 'es')).toBe('−7.5 %');
    expect(formatPercent(-12.4, 'es')).toBe('−12 %');
    expect(formatPercent(41.4, 'es')).toBe('+41 %');
    expect(formatPercent(0, 'es')).toBe('0 %');
  });
});

describe('goals', () => {
  // Rates of a Mesa on its way from 50 to 14.
  const points = series('2024-01', [55, 52, 48, 47, 45, 41, 33, 31, 29, 28, 25, 24]);

  it('judge the figure known on a day: the latest month that has ended', () => {
    expect(valueAt(points, '2024-06-29')).toEqual({ period: '2024-05', value: 45 });
    expect(valueAt(points, '2024-06-30')).toEqual({ period: '2024-06', value: 41 });
    expect(valueAt(points, '2023-12-31')).toBeNull();
  });

  it('are met at a date when that figure is at or below the target', () => {
    const fifty = goal(1, 50, '2024-12-31');
    expect(goalMetAt(fifty, points, '2024-02-28')).toBe(false);
    expect(goalMetAt(fifty, points, '2024-03-31')).toBe(true);
    expect(goalMetAt(goal(2, 48, '2024-12-31'), points, '2024-03-31')).toBe(true);
    expect(goalMetAt(fifty, [], '2024-03-31')).toBe(false);
  });

  it('are met, pending, missed or without data', () => {
    const thirty = goal(2, 30, '2024-10-31');
    expect(goalStatus(thirty, points, '2024-08-15')).toBe('pending');
    expect(goalStatus(thirty, points, '2024-09-30')).toBe('met');
    expect(goalStatus(goal(3, 14, '2024-10-31'), points, '2024-12-31')).toBe('missed');
    expect(goalStatus(goal(3, 14, '2025-12-31'), points, '2024-12-31')).toBe('pending');
    expect(goalStatus(thirty, [], '2024-09-30')).toBe('no_data');
    expect(goalStatus(goal(1, 50, '2024-12-31', { supersededById: 2, metOn: '2024-03-31' }), points, '2024-12-31')).toBe('superseded');
  });

  it('a met goal is superseded only by a stricter one, and keeps the day it was met: 50 → 30 → 14', () => {
    const fifty = goal(1, 50, '2024-12-31');
    expect(supersessionProblem(null, 50, points, '2024-01-15')).toBeNull();
    // On 15 April the figure known is March's, 48: 50 is met, so the next must be below it.
    expect(supersessionProblem(fifty, 50, points, '2024-04-15')).toBe('not_stricter');
    expect(supersessionProblem(fifty, 60, points, '2024-04-15')).toBe('not_stricter');
    expect(supersessionProblem(fifty, 30, points, '2024-04-15')).toBeNull();
    expect(metOnAtSupersession(fifty, points, '2024-04-15')).toBe('2024-03-31');

    const thirty = goal(2, 30, '2024-12-31');
    const history = [{ ...fifty, supersededById: 2, metOn: '2024-03-31' }, thirty];
    expect(currentGoal(history)).toBe(thirty);
    // On 15 October September's 29 meets 30: replaced by 14, met at the end of September.
    expect(supersessionProblem(thirty, 14, points, '2024-10-15')).toBeNull();
    expect(metOnAtSupersession(thirty, points, '2024-10-15')).toBe('2024-09-30');
    const fourteen = goal(3, 14, '2025-12-31');
    const after = [history[0]!, { ...thirty, supersededById: 3, metOn: '2024-09-30' }, fourteen];
    expect(currentGoal(after)).toBe(fourteen);
    expect(after.map((g) => goalIsMet(g, points, '2025-01-15'))).toEqual([true, true, false]);
    expect(goalStatus(fourteen, points, '2025-01-15')).toBe('pending');
  });

  it('one not met may be replaced by any target, and is recorded as not met', () => {
    const fourteen = goal(3, 14, '2024-10-31');
    expect(supersessionProblem(fourteen, 20, points, '2024-11-15')).toBeNull();
    expect(metOnAtSupersession(fourteen, points, '2024-11-15')).toBeNull();
  });

  it('are labelled with target and deadline', () => {
    expect(goalLabel('rate_100k', { target: 30, deadline: '2025-12-31' }, 'es')).toBe('Meta 30 (dic 2025)');
    expect(goalLabel('rate_100k', { target: 14.5, deadline: '2027-06-30' }, 'en')).toBe('Goal 14.5 (Jun 2027)');
  });
});
