import type { EChartsOption } from 'echarts';
import {
  formatIndicatorValue,
  formatPercent,
  goalLabel,
  monthLabel,
  periodsBetween,
  type GoalStatus,
  type IndicatorUnit,
} from '../domain/indicators.js';
import type { IndicatorGoalDto, IndicatorSeriesDto } from '../ipc/dto/indicators.js';

/**
 * The ECharts option of one indicator's chart: its monthly series as a line, each goal as a
 * horizontal line, and a heading with the latest figure, its changes and the goals' history.
 * One builder for every surface: the main process renders it to SVG/PNG for the acta, the
 * console and the projector give it to ECharts in the renderer. No Node, no DOM.
 *
 * Made to survive a black-and-white printer: the series is a solid dark line with markers,
 * the goal in force a dashed line, superseded goals light and dotted; every line is labelled.
 */

export interface IndicatorChartOptions {
  width: number;
  height: number;
  language: 'es' | 'en';
  /** CSS font family list; system fonts only (the acta is rendered offline). */
  fontFamily?: string;
  /** Projector: light text on black. The default is the printable white page. */
  dark?: boolean;
}

export const CHART_FONT_FAMILY = 'Liberation Sans, Arimo, DejaVu Sans, Arial, Helvetica, sans-serif';

interface Palette {
  background: string;
  text: string;
  muted: string;
  grid: string;
  series: string;
  goal: string;
  superseded: string;
}

const LIGHT: Palette = { background: '#ffffff', text: '#111111', muted: '#444444', grid: '#d9d9d9', series: '#1d3f72', goal: '#a4262c', superseded: '#8f8f8f' };
const DARK: Palette = { background: '#000000', text: '#f2f2f2', muted: '#c8c8c8', grid: '#3a3a3a', series: '#8cc4ff', goal: '#ff8a80', superseded: '#8a8a8a' };

const WORDS = {
  es: {
    rateUnit: 'Tasa anualizada por 100 mil habitantes (casos del mes × 12)',
    casesUnit: 'Casos por mes',
    rateAxis: 'por 100 mil hab.',
    casesAxis: 'casos',
    source: 'Fuente',
    latest: 'Último dato',
    mom: 'vs. mes anterior',
    yoy: 'vs. mismo mes del año anterior',
    goals: 'Metas',
    current: 'vigente',
    noData: 'Sin datos registrados',
    status: { met: 'cumplida', pending: 'en curso', missed: 'vencida sin cumplir', no_data: 'sin datos', superseded: '' } satisfies Record<GoalStatus, string>,
    supersededMet: 'cumplida',
    supersededUnmet: 'no cumplida',
  },
  en: {
    rateUnit: 'Annualized rate per 100,000 inhabitants (month’s cases × 12)',
    casesUnit: 'Cases per month',
    rateAxis: 'per 100k',
    casesAxis: 'cases',
    source: 'Source',
    latest: 'Latest',
    mom: 'vs. previous month',
    yoy: 'vs. same month last year',
    goals: 'Goals',
    current: 'current',
    noData: 'No data recorded',
    status: { met: 'met', pending: 'in progress', missed: 'deadline passed, not met', no_data: 'no data', superseded: '' } satisfies Record<GoalStatus, string>,
    supersededMet: 'met',
    supersededUnmet: 'not met',
  },
} as const;

/** What a goal's line and the history say about it: "cumplida", "vigente, en curso". */
export function goalStateWords(goal: Pick<IndicatorGoalDto, 'superseded' | 'met' | 'status'>, language: 'es' | 'en'): string {
  const w = WORDS[language];
  if (goal.superseded) return goal.met ? w.supersededMet : w.supersededUnmet;
  return `${w.current}, ${w.status[goal.status]}`;
}

/** The heading's lines below the title: unit and source, latest figure and changes, goals' history. */
export function indicatorSummaryLines(series: IndicatorSeriesDto, language: 'es' | 'en'): string[] {
  const w = WORDS[language];
  const fmt = (v: number) => formatIndicatorValue(series.unit, v, language);
  const lines = [[series.unit === 'rate_100k' ? w.rateUnit : w.casesUnit, series.source ? `${w.source}: ${series.source}` : null].filter(Boolean).join(' · ')];
  const latest = series.latest;
  if (latest) {
    const parts = [`${w.latest}: ${fmt(latest.value)} (${monthLabel(latest.period, language)})`];
    if (latest.monthOverMonth?.percent != null) parts.push(`${w.mom} ${formatPercent(latest.monthOverMonth.percent, language)}`);
    if (latest.yearOverYear?.percent != null) parts.push(`${w.yoy} ${formatPercent(latest.yearOverYear.percent, language)}`);
    lines.push(parts.join(' · '));
  }
  if (series.goals.length > 0) {
    const target = (g: IndicatorGoalDto) => g.target.toLocaleString(language === 'es' ? 'es-MX' : 'en-US', { maximumFractionDigits: series.unit === 'rate_100k' ? 1 : 0 });
    lines.push(`${w.goals}: ${series.goals.map((g) => `${target(g)} (${goalStateWords(g, language)})`).join(' → ')}`);
  }
  return lines;
}

/** A round axis maximum above every value and target, so each goal line is on the chart. */
export function niceAxisMax(max: number): { max: number; interval: number } {
  if (!(max > 0)) return { max: 5, interval: 1 };
  const raw = (max * 1.08) / 6;
  const magnitude = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 2.5, 5, 10].map((m) => m * magnitude).find((s) => s >= raw)!;
  return { max: Math.ceil((max * 1.08) / step) * step, interval: step };
}

/**
 * The goal in force is read at the line's end, next to the latest months; past goals at its
 * start. The label goes on the side of the line the series is not on there, so it never sits
 * on the figures it is compared with.
 */
export function goalLabelPosition(
  goal: Pick<IndicatorGoalDto, 'superseded' | 'target'>,
  firstValue: number | null,
  lastValue: number | null,
): 'insideStartTop' | 'insideStartBottom' | 'insideEndTop' | 'insideEndBottom' {
  const near = goal.superseded ? firstValue : lastValue;
  const below = near !== null && near > goal.target;
  if (goal.superseded) return below ? 'insideStartBottom' : 'insideStartTop';
  return below ? 'insideEndBottom' : 'insideEndTop';
}

function round(unit: IndicatorUnit, value: number): number {
  return unit === 'rate_100k' ? Math.round(value * 10) / 10 : value;
}

export function indicatorChartOptions(series: IndicatorSeriesDto, options: IndicatorChartOptions): EChartsOption {
  const { width, language } = options;
  const p = options.dark ? DARK : LIGHT;
  const w = WORDS[language];
  // Sizes are set for a 960 px wide chart and follow its width, so a larger PNG for print is the same picture.
  // Never below 0.9: under that, axis labels fall under 11 px and cannot be read on a laptop.
  const k = Math.min(2.5, Math.max(0.9, width / 960));
  const px = (n: number) => Math.round(n * k);
  const fontFamily = options.fontFamily ?? CHART_FONT_FAMILY;

  const first = series.points[0]?.period;
  const last = series.points.at(-1)?.period;
  // Every month between the first and the last, so a missing month is a gap, not a shorter line.
  const periods = first && last ? periodsBetween(first, last) : [];
  const byPeriod = new Map(series.points.map((pt) => [pt.period, round(series.unit, pt.value)]));
  const data = periods.map((period) => byPeriod.get(period) ?? null);
  const { max, interval } = niceAxisMax(Math.max(0, ...series.points.map((pt) => pt.value), ...series.goals.map((g) => g.target)));
  const summary = indicatorSummaryLines(series, language);
  const monthsShown = periods.length <= 36 ? 0 : Math.ceil(periods.length / 36) - 1;

  const firstValue = series.points[0]?.value ?? null;
  const lastValue = series.points.at(-1)?.value ?? null;
  const goalLines = series.goals.map((g) => {
    const color = g.superseded ? p.superseded : p.goal;
    const label = g.superseded ? `${goalLabel(series.unit, g, language)} · ${goalStateWords(g, language)}` : goalLabel(series.unit, g, language);
    return {
      name: label,
      yAxis: g.target,
      lineStyle: { type: g.superseded ? ('dotted' as const) : ('dashed' as const), color, width: g.superseded ? px(1.5) : px(2.5), opacity: 1 },
      label: {
        formatter: label,
        position: goalLabelPosition(g, firstValue, lastValue),
        color: g.superseded ? p.muted : color,
        fontSize: px(g.superseded ? 13 : 15),
        fontWeight: g.superseded ? ('normal' as const) : ('bold' as const),
        fontFamily,
      },
    };
  });

  const lastIndex = data.length - 1;
  return {
    animation: false,
    backgroundColor: p.background,
    textStyle: { fontFamily, color: p.text },
    title: {
      text: series.name,
      subtext: summary.join('\n'),
      left: px(20),
      top: px(12),
      itemGap: px(8),
      textStyle: { fontFamily, fontSize: px(24), fontWeight: 'bold', color: p.text },
      subtextStyle: { fontFamily, fontSize: px(14), color: p.muted, lineHeight: px(20) },
    },
    grid: { left: px(20), right: px(28), top: px(58 + 20 * summary.length + 20), bottom: px(20) },
    tooltip: { trigger: 'axis' },
    xAxis: {
      type: 'category',
      data: periods,
      boundaryGap: false,
      axisLine: { lineStyle: { color: p.text } },
      axisTick: { alignWithLabel: true, lineStyle: { color: p.text } },
      axisLabel: {
        interval: monthsShown,
        color: p.text,
        fontFamily,
        fontSize: px(12),
        lineHeight: px(15),
        // The year under each January and under the first month.
        formatter: (value: string, index: number) => {
          const [month, year] = monthLabel(value, language).split(' ');
          return index === 0 || value.endsWith('-01') ? `${month}\n${year}` : month!;
        },
      },
    },
    yAxis: {
      type: 'value',
      min: 0,
      max,
      interval,
      name: series.unit === 'rate_100k' ? w.rateAxis : w.casesAxis,
      nameTextStyle: { color: p.muted, fontFamily, fontSize: px(12), align: 'left' },
      axisLabel: { color: p.text, fontFamily, fontSize: px(12) },
      axisLine: { show: true, lineStyle: { color: p.text } },
      splitLine: { lineStyle: { color: p.grid, type: 'solid' } },
    },
    series: [
      {
        type: 'line',
        name: series.name,
        data: data.map((value, i) =>
          i === lastIndex && value !== null
            ? {
                value,
                symbolSize: px(10),
                label: { show: true, position: 'top', formatter: formatIndicatorValue(series.unit, value, language), color: p.text, fontSize: px(15), fontWeight: 'bold', fontFamily },
              }
            : value,
        ),
        connectNulls: false,
        symbol: 'circle',
        symbolSize: px(6),
        showSymbol: true,
        lineStyle: { color: p.series, width: px(3) },
        itemStyle: { color: p.series, borderColor: p.background, borderWidth: px(1) },
        markLine: { silent: true, symbol: ['none', 'none'], animation: false, data: goalLines },
        z: 3,
      },
    ],
    ...(periods.length === 0
      ? {
          graphic: {
            type: 'text',
            left: 'center',
            top: 'middle',
            style: { text: w.noData, fill: p.muted, fontSize: px(20), fontFamily },
          },
        }
      : {}),
  };
}

