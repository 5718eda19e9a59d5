import { describe, expect, it } from 'vitest';
import { indicatorChartPng, indicatorChartSvg } from '../../src/main/charts/indicatorChart.js';
import { goalLabelPosition, indicatorChartOptions, indicatorSummaryLines, niceAxisMax } from '../../src/shared/charts/indicatorChartOptions.js';
import { addPeriods, annualizedRate } from '../../src/shared/domain/indicators.js';
import type { IndicatorGoalDto, IndicatorSeriesDto } from '../../src/shared/ipc/dto/indicators.js';

const POPULATION = 1_512_450;
const CASES = [70, 66, 64, 62, 60, 55, 50, 45, 40, 38, 37, 36, 40, 36, 34, 33, 31, 29, 28, 27];

const goal = (id: number, target: number, deadline: string, over: Partial<IndicatorGoalDto>): IndicatorGoalDto => ({
  id,
  target,
  deadline,
  adoptedSession: null,
  adoptedAgreement: null,
  superseded: false,
  supersededById: null,
  metOn: null,
  status: 'pending',
  met: false,
  visibility: 'plenary',
  ...over,
});

function homicide(): IndicatorSeriesDto {
  const points = CASES.map((cases, i) => ({ period: addPeriods('2024-01', i), cases, value: annualizedRate(cases, POPULATION), population: POPULATION }));
  const last = points.at(-1)!;
  return {
    id: 1,
    name: 'Homicidio doloso',
    unit: 'rate_100k',
    source: 'Fiscalía General del Estado',
    points,
    goals: [
      goal(1, 50, '2024-12-31', { superseded: true, supersededById: 2, metOn: '2025-01-31', status: 'superseded', met: true }),
      goal(2, 30, '2025-12-31', { superseded: true, supersededById: 3, metOn: '2025-08-31', status: 'superseded', met: true }),
      goal(3, 14, '2027-12-31', { status: 'pending' }),
    ],
    latest: {
      period: last.period,
      value: last.value,
      monthOverMonth: { previousPeriod: '2025-07', previous: annualizedRate(28, POPULATION), delta: 0, percent: (-1 / 28) * 100 },
      yearOverYear: { previousPeriod: '2024-08', previous: annualizedRate(45, POPULATION), delta: 0, percent: (-18 / 45) * 100 },
    },
    currentGoalId: 3,
    asOf: '2025-09-10',
  };
}

/** Width and height from the PNG's IHDR chunk. */
function pngSize(png: Buffer): { width: number; height: number } {
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

describe('indicator chart', () => {
  it('draws the series and every goal, labelled, as SVG', () => {
    const svg = indicatorChartSvg(homicide(), { width: 960, height: 540, language: 'es' });
    expect(svg.startsWith('<svg')).toBe(true);
    expect(svg).toContain('width="960" height="540"');
    expect(svg).toContain('Homicidio doloso');
    expect(svg).toContain('Meta 14 (dic 2027)');
    expect(svg).toContain('Meta 30 (dic 2025) · cumplida');
    expect(svg).toContain('Meta 50 (dic 2024) · cumplida');
    expect(svg).toContain('Metas: 50 (cumplida) → 30 (cumplida) → 14 (vigente, en curso)');
    expect(svg).toContain('vs. mes anterior −3.6 %');
    expect(svg).toContain('vs. mismo mes del año anterior −40 %');
    // The last month's figure is written at the end of the line: 27 cases, 21.4 per 100,000.
    expect(svg).toContain('>21.4<');
    // Goals are dashed (in force) and dotted (superseded) lines.
    expect(svg).toMatch(/stroke-dasharray/);
    // Month labels, with the year under January.
    expect(svg).toContain('>ene<');
    expect(svg).toContain('>2025<');
    // Nothing fetched: no remote reference in the document.
    expect(svg).not.toMatch(/https?:\/\/(?!www\.w3\.org)/);
  });

  it('speaks English when asked', () => {
    const svg = indicatorChartSvg(homicide(), { width: 960, height: 540, language: 'en' });
    expect(svg).toContain('Goal 14 (Dec 2027)');
    expect(svg).toContain('Goal 30 (Dec 2025) · met');
    expect(svg).toContain('Annualized rate per 100,000 inhabitants');
  });

  it('renders a PNG of exactly the requested size', () => {
    for (const [width, height] of [
      [960, 540],
      [1600, 900],
    ] as const) {
      const png = indicatorChartPng(homicide(), { width, height, language: 'es' });
      expect(png.subarray(0, 8).equals(PNG_SIGNATURE)).toBe(true);
      expect(pngSize(png)).toEqual({ width, height });
      expect(png.length).toBeGreaterThan(10_000);
    }
  });

  it('says so when there is nothing to draw yet', () => {
    const empty: IndicatorSeriesDto = { ...homicide(), points: [], goals: [], latest: null, currentGoalId: null };
    expect(indicatorChartSvg(empty, { width: 800, height: 450, language: 'es' })).toContain('Sin datos registrados');
    expect(pngSize(indicatorChartPng(empty, { width: 800, height: 450, language: 'es' }))).toEqual({ width: 800, height: 450 });
  });

  it('refuses sizes that are not a chart', () => {
    expect(() => indicatorChartSvg(homicide(), { width: 0, height: 540, language: 'es' })).toThrow(RangeError);
    expect(() => indicatorChartPng(homicide(), { width: 960, height: 100_000, language: 'es' })).toThrow(RangeError);
  });
});

describe('chart options (shared with the console and the projector)', () => {
  it('leave a gap for a missing month rather than joining its neighbours', () => {
    const series = homicide();
    series.points.splice(3, 1);
    const option = indicatorChartOptions(series, { width: 960, height: 540, language: 'es' });
    const x = option.xAxis as { data: string[] };
    const data = (option.series as { data: unknown[] }[])[0]!.data;
    expect(x.data).toHaveLength(CASES.length);
    expect(data[3]).toBeNull();
  });

  it('keep every goal line on the chart', () => {
    expect(niceAxisMax(55.5)).toEqual({ max: 60, interval: 10 });
    expect(niceAxisMax(3)).toEqual({ max: 4, interval: 1 });
    expect(niceAxisMax(0)).toEqual({ max: 5, interval: 1 });
    const series = { ...homicide(), goals: [goal(9, 90, '2026-12-31', {})] };
    const y = indicatorChartOptions(series, { width: 960, height: 540, language: 'es' }).yAxis as { max: number };
    expect(y.max).toBeGreaterThanOrEqual(90);
  });

  it('put a goal’s label on the side of its line away from the figures', () => {
    expect(goalLabelPosition({ superseded: false, target: 14 }, 55, 21)).toBe('insideEndBottom');
    expect(goalLabelPosition({ superseded: false, target: 24 }, 55, 14)).toBe('insideEndTop');
    expect(goalLabelPosition({ superseded: true, target: 50 }, 55, 21)).toBe('insideStartBottom');
  });

  it('summarize the latest figure, its changes and the goals’ history', () => {
    expect(indicatorSummaryLines(homicide(), 'es')).toEqual([
      'Tasa anualizada por 100 mil habitantes (casos del mes × 12) · Fuente: Fiscalía General del Estado',
      'Último dato: 21.4 (ago 2025) · vs. mes anterior −3.6 % · vs. mismo mes del año anterior −40 %',
      'Metas: 50 (cumplida) → 30 (cumplida) → 14 (vigente, en curso)',
    ]);
  });
});
