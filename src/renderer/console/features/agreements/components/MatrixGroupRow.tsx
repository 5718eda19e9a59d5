import { useT } from '../../../../i18n/useT.js';
import { useAgreementsStore } from '../store/agreementsStore.js';
import { matrixCells, type MatrixItem } from '../matrixView.js';

interface MatrixGroupRowProps {
  index: number;
  start: number;
  measure(element: Element | null): void;
  group: MatrixItem & { kind: 'group' };
}

/** A committee's heading when the matrix is grouped: how many, how many overdue, and its list for the meeting. */
export function MatrixGroupRow({ index, start, measure, group }: MatrixGroupRowProps) {
  const t = useT();
  const openCommittee = useAgreementsStore((s) => s.openCommittee);
  const committeeId = group.committeeId;
  return (
    <div
      ref={measure}
      data-index={index}
      role="row"
      aria-rowindex={index + 2}
      className="matrix-group"
      data-testid="matrix-group-row"
      style={{ transform: `translateY(${start}px)` }}
    >
      <div role="gridcell" aria-colspan={matrixCells.length} className="matrix-group-cell">
        <span className="matrix-group-name">{group.committee ?? t('agreements.noCommittee')}</span>
        <span className="matrix-group-counts" data-testid="matrix-group-count">
          {t(group.count === 1 ? 'agreements.groupCountOne' : 'agreements.groupCount', { count: group.count })}
          {group.overdue > 0 && ` · ${t(group.overdue === 1 ? 'agreements.overdueOne' : 'agreements.overdueMany', { count: group.overdue })}`}
        </span>
        {committeeId !== null && (
          <button type="button" className="link-button matrix-group-link" onClick={() => void openCommittee(committeeId)}>
            {t('agreements.committeeListLink')}
          </button>
        )}
      </div>
    </div>
  );
}
