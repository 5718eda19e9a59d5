import { useEffect, useRef, useState } from 'react';
import * as echarts from 'echarts/core';
import { LineChart } from 'echarts/charts';
import { GraphicComponent, GridComponent, MarkLineComponent, TitleComponent, TooltipComponent } from 'echarts/components';
import { SVGRenderer } from 'echarts/renderers';
import { indicatorChartOptions } from '../../../shared/charts/indicatorChartOptions.js';
import type { IndicatorSeriesDto } from '../../../shared/ipc/dto/indicators.js';

// Only what the indicator chart draws: keeps the bundle small and everything local (no CDN, no fetch).
echarts.use([LineChart, GridComponent, TitleComponent, TooltipComponent, MarkLineComponent, GraphicComponent, SVGRenderer]);

export interface IndicatorChartProps {
  series: IndicatorSeriesDto;
  language: 'es' | 'en';
  /** Projector: light on black. */
  dark?: boolean;
  /** CSS height of the chart box; the width follows the container. */
  height?: number | string;
  testId?: string;
}

/**
 * One indicator's chart with its goals, from the same option builder the acta's PNG uses, so
 * the console, the projector and the printed acta show the same lines. SVG renderer: crisp on
 * a projector and readable by tests (its text is in the DOM).
 */
export function IndicatorChart({ series, language, dark = false, height = 360, testId = 'indicator-chart' }: IndicatorChartProps) {
  const box = useRef<HTMLDivElement>(null);
  const [size, setSize] = useState<{ width: number; height: number } | null>(null);

  // The builder lays out for a size in pixels; follow the box's size.
  useEffect(() => {
    const element = box.current;
    if (!element) return;
    const measure = () => {
      const rect = element.getBoundingClientRect();
      const width = Math.max(320, Math.round(rect.width || 800));
      const h = Math.max(200, Math.round(rect.height || 360));
      setSize((old) => (old && old.width === width && old.height === h ? old : { width, height: h }));
    };
    measure();
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, []);

  useEffect(() => {
    const element = box.current;
    if (!element || !size) return;
    const chart = echarts.init(element, null, { renderer: 'svg', width: size.width, height: size.height });
    chart.setOption(indicatorChartOptions(series, { width: size.width, height: size.height, language, dark }));
    return () => chart.dispose();
  }, [series, language, dark, size]);

  return <div ref={box} className="indicator-chart" data-testid={testId} data-indicator={series.name} style={{ width: '100%', height }} />;
}
