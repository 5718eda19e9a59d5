import { useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { localToday } from '../../../../../shared/domain/dates.js';
import { ErrorMessage } from '../../../../components/ErrorMessage.js';
import { useT } from '../../../../i18n/useT.js';
import { gridPeriods, MAX_GRID_MONTHS, monthsToShow, parseCellText } from '../gridCells.js';
import { refusalText } from '../indicatorText.js';
import { indicatorsSelectors } from '../selectors/indicatorsSelectors.js';
import { useIndicatorsStore } from '../store/indicatorsStore.js';
import { GridMonthRow } from './GridMonthRow.js';

/**
 * Months (newest first) × indicators; each cell is that month's number of cases, also for a
 * rate (main computes it). Edits stay here until "Guardar", which sends them all in one call; a
 * refused call keeps every typed cell so it can be corrected. At most ten years of months: a
 * plain table of that size is light enough not to need a virtualized list.
 */
export function ValuesGrid() {
  const t = useT();
  const { indicators, gridEdits, gridError, gridSaved, busy, editCell, discardGrid, saveGrid } = useIndicatorsStore(useShallow(indicatorsSelectors.grid));
  const today = indicators[0]?.asOf ?? localToday();
  const oldest = indicators.flatMap((i) => i.points.map((p) => p.period)).sort()[0] ?? null;
  const [months, setMonths] = useState(() => monthsToShow(today, oldest));
  const rows = gridPeriods(today, months);

  const edited = Object.keys(gridEdits).length;
  const invalid = Object.values(gridEdits).filter((text) => parseCellText(text) === 'invalid').length;

  if (indicators.length === 0) {
    return (
      <p className="empty" data-testid="indicator-grid-empty">
        {t('indicators.grid.empty')}
      </p>
    );
  }

  return (
    <section className="stack" data-testid="indicator-grid" aria-labelledby="indicator-grid-title">
      <h2 id="indicator-grid-title">{t('indicators.grid.title')}</h2>
      <p className="hint">{t('indicators.grid.hint')}</p>
      <div className="table-wrap indicator-grid-scroll">
        <table className="table indicator-grid-table">
          <thead>
            <tr>
              <th scope="col">{t('indicators.grid.month')}</th>
              {indicators.map((i) => (
                <th key={i.id} scope="col" className="num">
                  {i.name}
                  {i.unit === 'rate_100k' && <span className="indicator-grid-unit">{t('indicators.grid.casesForRate')}</span>}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <GridMonthRow key={row.period} period={row.period} editable={row.editable} indicators={indicators} edits={gridEdits} onEdit={editCell} />
            ))}
          </tbody>
        </table>
      </div>
      {months < MAX_GRID_MONTHS && (
        <button type="button" className="link-button" data-testid="indicator-grid-more" onClick={() => setMonths((m) => Math.min(MAX_GRID_MONTHS, m + 12))}>
          {t('indicators.grid.more')}
        </button>
      )}
      {invalid > 0 && (
        <p className="alert-soft" data-testid="indicator-grid-invalid">
          {t('indicators.grid.invalid', { count: invalid })}
        </p>
      )}
      <ErrorMessage text={gridError && refusalText(t, gridError)} />
      {gridSaved && (
        <p className="notice" role="status" data-testid="indicator-grid-saved">
          {t('indicators.grid.saved', { inserted: gridSaved.inserted, updated: gridSaved.updated, deleted: gridSaved.deleted })}
        </p>
      )}
      <div className="actions">
        <button type="button" className="button button-primary" data-testid="indicator-grid-save" disabled={edited === 0 || invalid > 0 || busy} onClick={() => void saveGrid()}>
          {edited === 0 ? t('indicators.grid.saveNone') : t('indicators.grid.save', { count: edited })}
        </button>
        <button type="button" className="button" data-testid="indicator-grid-discard" disabled={edited === 0 || busy} onClick={discardGrid}>
          {t('indicators.grid.discard')}
        </button>
      </div>
    </section>
  );
}
