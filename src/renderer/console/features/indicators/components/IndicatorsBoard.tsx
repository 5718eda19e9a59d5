import { useShallow } from 'zustand/react/shallow';
import { useT } from '../../../../i18n/useT.js';
import { indicatorsSelectors } from '../selectors/indicatorsSelectors.js';
import { useIndicatorsStore } from '../store/indicatorsStore.js';
import { GoalSummary } from './GoalSummary.js';
import { IndicatorForm } from './IndicatorForm.js';
import { IndicatorTable } from './IndicatorTable.js';
import { SelectedIndicator } from './SelectedIndicator.js';

/** The board: which goals are met, every indicator's latest figure, and the chosen one in full. */
export function IndicatorsBoard() {
  const t = useT();
  const { indicators, selectedId, select, form, openForm } = useIndicatorsStore(useShallow(indicatorsSelectors.board));
  const selected = indicators.find((i) => i.id === selectedId) ?? null;
  return (
    <div className="stack indicators-board">
      <GoalSummary indicators={indicators} />
      <div className="actions">
        <button type="button" className="button" data-testid="indicator-new" onClick={() => openForm({ mode: 'new' })}>
          {t('indicators.new')}
        </button>
      </div>
      {form?.mode === 'new' && <IndicatorForm key="new" />}
      {indicators.length === 0 ? (
        <p className="empty" data-testid="indicators-empty">
          {t('indicators.empty')}
        </p>
      ) : (
        <IndicatorTable indicators={indicators} selectedId={selectedId} onSelect={select} />
      )}
      {selected && <SelectedIndicator key={selected.id} indicator={selected} editing={form?.mode === 'edit' && form.id === selected.id} />}
    </div>
  );
}
