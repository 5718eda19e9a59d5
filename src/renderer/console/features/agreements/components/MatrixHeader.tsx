import { useShallow } from 'zustand/react/shallow';
import type { MatrixColumn } from '../../../../../shared/domain/agreements.js';
import { useT } from '../../../../i18n/useT.js';
import { columnLabels } from '../agreementText.js';
import { matrixCells } from '../matrixView.js';
import { agreementsSelectors } from '../selectors/agreementsSelectors.js';
import { useAgreementsStore } from '../store/agreementsStore.js';

/** The heading row: every column sorts on a click, ascending then descending; aria-sort says which. */
export function MatrixHeader() {
  const t = useT();
  const { sort, sortBy } = useAgreementsStore(useShallow(agreementsSelectors.table));

  function button(column: MatrixColumn) {
    const active = sort?.column === column;
    return (
      <button
        key={column}
        type="button"
        className={active ? 'matrix-sort matrix-sort-active' : 'matrix-sort'}
        data-testid={`matrix-sort-${column}`}
        onClick={() => sortBy(column)}
      >
        {t(columnLabels[column])}
        <span className="matrix-sort-mark" aria-hidden="true">
          {active ? (sort.direction === 'asc' ? '▲' : '▼') : '↕'}
        </span>
      </button>
    );
  }

  return (
    <div className="matrix-head" role="rowgroup">
      <div className="matrix-row matrix-header-row" role="row" aria-rowindex={1}>
        {matrixCells.map((cell) => {
          const sorted = sort !== null && cell.columns.includes(sort.column);
          return (
            <div
              key={cell.key}
              role="columnheader"
              className={`matrix-cell matrix-c-${cell.key}`}
              aria-sort={sorted ? (sort.direction === 'asc' ? 'ascending' : 'descending') : 'none'}
            >
              {cell.columns.map((column, i) => (
                <span key={column} className="matrix-sort-pair">
                  {i > 0 && (
                    <span className="matrix-sort-slash" aria-hidden="true">
                      /
                    </span>
                  )}
                  {button(column)}
                </span>
              ))}
            </div>
          );
        })}
      </div>
    </div>
  );
}
