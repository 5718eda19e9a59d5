import fs from 'node:fs';
import path from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import * as echarts from 'echarts/core';
import { LineChart } from 'echarts/charts';
import { GraphicComponent, GridComponent, MarkLineComponent, TitleComponent, TooltipComponent } from 'echarts/components';
import { SVGRenderer } from 'echarts/renderers';
import { indicatorChartOptions } from '../../shared/charts/indicatorChartOptions.js';
import type { IndicatorSeriesDto } from '../../shared/ipc/dto/indicators.js';

/**
 * Indicator charts for the acta, rendered in the main process without a browser and without
 * network: ECharts' server-side SVG renderer, then resvg (its binary ships in its npm package)
 * for a PNG. Fonts are the system's only; nothing is fetched.
 */

echarts.use([LineChart, GridComponent, TitleComponent, TooltipComponent, MarkLineComponent, GraphicComponent, SVGRenderer]);

export interface IndicatorChartRenderOptions {
  width: number;
  height: number;
  language: 'es' | 'en';
}

const MAX_SIDE = 6000;

function checkSize({ width, height }: IndicatorChartRenderOptions): void {
  for (const side of [width, height]) {
    if (!Number.isInteger(side) || side < 200 || side > MAX_SIDE) throw new RangeError(`chart sides must be whole pixels between 200 and ${MAX_SIDE}`);
  }
}

export function indicatorChartSvg(series: IndicatorSeriesDto, options: IndicatorChartRenderOptions): string {
  checkSize(options);
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width: options.width, height: options.height });
  try {
    chart.setOption(indicatorChartOptions(series, { width: options.width, height: options.height, language: options.language, fontFamily: chartFontFamily() }));
    return chart.renderToSVGString();
  } finally {
    chart.dispose();
  }
}

/** The chart as a PNG of exactly `width` × `height` pixels on a white page. */
export function indicatorChartPng(series: IndicatorSeriesDto, options: IndicatorChartRenderOptions): Buffer {
  const svg = indicatorChartSvg(series, options);
  const { family, files } = chartFonts();
  const resvg = new Resvg(svg, {
    background: '#ffffff',
    fitTo: { mode: 'width', value: options.width },
    // Loading two known font files instead of scanning the system's fonts saves a third of each render.
    font: files ? { loadSystemFonts: false, fontFiles: files, defaultFontFamily: family, sansSerifFamily: family } : { loadSystemFonts: true, defaultFontFamily: family, sansSerifFamily: family },
    shapeRendering: 2,
    textRendering: 1,
    logLevel: 'off',
  });
  return resvg.render().asPng();
}

/**
 * A family every machine we ship to has: Liberation Sans (metric-compatible with Arial) on
 * Linux, else DejaVu Sans; Arial on Windows, Helvetica on macOS. Text with no font found would
 * not be drawn at all, so this is also resvg's default. On Linux the family's regular and bold
 * files are loaded directly when found.
 */
let chosen: { family: string; files: string[] | null } | undefined;
function chartFonts(): { family: string; files: string[] | null } {
  if (chosen !== undefined) return chosen;
  if (process.platform === 'win32') chosen = { family: 'Arial', files: null };
  else if (process.platform === 'darwin') chosen = { family: 'Helvetica', files: null };
  else {
    const dirs = ['/usr/share/fonts/truetype/liberation2', '/usr/share/fonts/truetype/liberation', '/usr/share/fonts/liberation-sans'];
    const dir = dirs.find((d) => fs.existsSync(path.join(d, 'LiberationSans-Regular.ttf')) && fs.existsSync(path.join(d, 'LiberationSans-Bold.ttf')));
    chosen = dir
      ? { family: 'Liberation Sans', files: [path.join(dir, 'LiberationSans-Regular.ttf'), path.join(dir, 'LiberationSans-Bold.ttf')] }
      : { family: 'DejaVu Sans', files: null };
  }
  return chosen;
}

function chartFontFamily(): string {
  return `${chartFonts().family}, Liberation Sans, DejaVu Sans, Arial, Helvetica, sans-serif`;
}
