import { agreementStatuses } from '../../../shared/domain/live.js';
import type { ProjectionMatrixDto } from '../../../shared/ipc/events.js';
import type { ProjectorText } from '../text.js';

/**
 * The whole filtered matrix by status, not only this page, each status with the shape and
 * colour the tables give it; the overdue ones (open past their due date) last, apart.
 */
export function MatrixCounts({ counts, t }: { counts: ProjectionMatrixDto['counts']; t: ProjectorText }) {
  return (
    <ul className="matrix-counts" aria-label={t.matrixCounts} data-testid="projector-matrix-counts">
      {agreementStatuses.map((status) => (
        <li key={status} className="matrix-count" data-status={status} data-zero={counts[status] === 0 ? 'true' : 'false'}>
          <span className="status" data-status={status}>
            <span className="status-dot" aria-hidden="true" />
            {t.status[status]}
          </span>
          <span className="matrix-count-value">{counts[status]}</span>
        </li>
      ))}
      <li className="matrix-count matrix-count--overdue" data-status="overdue" data-zero={counts.overdue === 0 ? 'true' : 'false'}>
        <span className="matrix-count-overdue">
          <span className="overdue-icon" aria-hidden="true" />
          {t.overdueCount}
        </span>
        <span className="matrix-count-value">{counts.overdue}</span>
      </li>
    </ul>
  );
}
