import { useId } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { useT } from '../../../../i18n/useT.js';
import { normalizedFilter, sameLayout, type matrixChoices } from '../matrixView.js';
import { agreementsSelectors } from '../selectors/agreementsSelectors.js';
import { useAgreementsStore } from '../store/agreementsStore.js';
import { MatrixFilters } from './MatrixFilters.js';
import { SavedViews } from './SavedViews.js';

/** Below this window height the panel starts folded, so a laptop's first screen shows the matrix. */
const SHORT_WINDOW = 900;

/** The filters and saved views, which fold into one line that still says what is filtered. */
export function FilterPanel({ choices }: { choices: ReturnType<typeof matrixChoices> }) {
  const t = useT();
  const id = useId();
  const { filter, sort, groupByCommittee, views, filtersOpen, setFiltersOpen } = useAgreementsStore(useShallow(agreementsSelectors.filterPanel));
  const open = filtersOpen ?? window.innerHeight >= SHORT_WINDOW;
  const active = Object.keys(normalizedFilter(filter)).length;
  const view = views.find((v) => sameLayout(v, { filter, sort, groupByCommittee }));
  const summary = [
    active === 0 ? t('agreements.filters.none') : t(active === 1 ? 'agreements.filters.activeOne' : 'agreements.filters.active', { count: active }),
    ...(groupByCommittee ? [t('agreements.group')] : []),
    ...(view ? [t('agreements.filters.view', { name: view.name })] : []),
  ].join(' · ');

  return (
    <section className="matrix-filter-panel" aria-labelledby={`${id}-title`}>
      <div className="matrix-filter-bar">
        <h2 id={`${id}-title`} className="matrix-filter-title">
          {t('agreements.filters.title')}
        </h2>
        <span className="matrix-filter-summary" data-testid="matrix-filter-summary">
          {summary}
        </span>
        <button
          type="button"
          className="link-button matrix-filter-toggle"
          data-testid="matrix-filters-toggle"
          aria-expanded={open}
          aria-controls={id}
          onClick={() => setFiltersOpen(!open)}
        >
          {open ? t('agreements.filters.hide') : t('agreements.filters.show')}
        </button>
      </div>
      {open && (
        <div id={id} className="matrix-filter-body">
          <MatrixFilters choices={choices} />
          <SavedViews />
        </div>
      )}
    </section>
  );
}
