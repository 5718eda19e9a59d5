import type { ProjectionIndicatorDto } from '../../../shared/ipc/dto/projection.js';
import type { Language } from '../../../shared/ipc/contract.js';
import { IndicatorChart } from '../../components/charts/IndicatorChart.js';
import type { ProjectorText } from '../text.js';

/**
 * During the indicators item: the chosen indicator's chart with its goals, light on black, from
 * the same option builder as the console and the acta. While an agreement is drafted the draft
 * takes the stage instead (LiveScreen hides this panel).
 */
export function IndicatorPanel({ indicator, language, t }: { indicator: ProjectionIndicatorDto; language: Language; t: ProjectorText }) {
  return (
    <section className="indicator-panel" data-testid="projector-indicator">
      {indicator.count > 1 && <p className="indicator-position">{t.indicatorPosition(indicator.position, indicator.count)}</p>}
      <IndicatorChart series={indicator.series} language={language} dark height="100%" testId="projector-indicator-chart" />
    </section>
  );
}
