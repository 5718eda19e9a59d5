import { indicatorSummaryLines } from '../../../../../shared/charts/indicatorChartOptions.js';
import type { IndicatorDto } from '../../../../../shared/ipc/dto/indicators.js';
import { IndicatorChart } from '../../../../components/charts/IndicatorChart.js';
import { languageSelectors, useLanguageStore } from '../../../../i18n/languageStore.js';
import { useT } from '../../../../i18n/useT.js';
import { indicatorsSelectors } from '../selectors/indicatorsSelectors.js';
import { useIndicatorsStore } from '../store/indicatorsStore.js';
import { GoalForm } from './GoalForm.js';
import { GoalsHistory } from './GoalsHistory.js';
import { IndicatorForm } from './IndicatorForm.js';

/** The chosen indicator: its chart with the goals as lines, what the chart says in words, its goals. */
export function SelectedIndicator({ indicator, editing }: { indicator: IndicatorDto; editing: boolean }) {
  const t = useT();
  const language = useLanguageStore(languageSelectors.language);
  const openForm = useIndicatorsStore(indicatorsSelectors.openForm);
  const citizenOnly = indicator.visibility === 'citizens';
  return (
    <section className="panel stack indicator-detail" data-testid="indicator-detail" aria-labelledby="indicator-detail-title">
      <div className="indicator-detail-head">
        <h2 id="indicator-detail-title">{indicator.name}</h2>
        {!editing && (
          <button type="button" className="button" data-testid="indicator-edit" onClick={() => openForm({ mode: 'edit', id: indicator.id })}>
            {t('indicators.edit')}
          </button>
        )}
      </div>
      {citizenOnly && (
        <p className="alert-soft indicator-citizen-note" data-testid="indicator-citizen-note">
          <span className="badge badge-citizen">{t('indicators.citizenOnly')}</span> {t('indicators.citizenOnlyNote')}
        </p>
      )}
      {indicator.description && <p className="intro">{indicator.description}</p>}
      {editing && <IndicatorForm key={`edit-${indicator.id}`} />}
      <IndicatorChart series={indicator} language={language} height={420} />
      <ul className="indicator-summary-lines" data-testid="indicator-summary">
        {indicatorSummaryLines(indicator, language).map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
      <GoalsHistory indicator={indicator} />
      <GoalForm key={`goal-${indicator.id}`} indicator={indicator} />
    </section>
  );
}
