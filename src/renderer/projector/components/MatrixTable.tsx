import type { ProjectionMatrixDto } from '../../../shared/ipc/events.js';
import { formatDay } from '../format.js';
import type { ProjectorText } from '../text.js';
import { OverdueMark } from './OverdueMark.js';
import { Progress } from './Progress.js';

/**
 * One page of the matrix (main sends at most eight rows). The text wraps to three lines at
 * most; an overdue row carries the word and a bar down its edge, not only a colour. On a 4:3
 * screen the session and progress columns fold away, to give the text their width: the
 * session is named under the code, the progress under the status.
 */
export function MatrixTable({ rows, t }: { rows: ProjectionMatrixDto['rows']; t: ProjectorText }) {
  const percent = new Intl.NumberFormat(t.locale, { style: 'percent', maximumFractionDigits: 0 });
  return (
    <div className="matrix-frame">
      <table className="matrix-table">
        <colgroup>
          <col className="mcol-code" />
          <col className="mcol-text" />
          <col className="mcol-session" />
          <col className="mcol-responsible" />
          <col className="mcol-due" />
          <col className="mcol-status" />
          <col className="mcol-progress" />
        </colgroup>
        <thead>
          <tr>
            <th scope="col">{t.columns.code}</th>
            <th scope="col">{t.columns.text}</th>
            <th scope="col">{t.columns.session}</th>
            <th scope="col">{t.columns.responsible}</th>
            <th scope="col">{t.columns.dueOn}</th>
            <th scope="col">{t.columns.status}</th>
            <th scope="col" className="num">
              {t.columns.progress}
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.code} className="matrix-row" data-testid={`projector-matrix-row-${r.code}`} data-overdue={r.overdue ? 'true' : 'false'} data-status={r.status}>
              <td>
                <div className="matrix-codecell">
                  <p className="matrix-code">{r.code}</p>
                  <p className="matrix-sub">{r.session}</p>
                </div>
              </td>
              <td>
                <p className="matrix-text">{r.text}</p>
              </td>
              <td>
                <p className="matrix-session">{r.session}</p>
              </td>
              <td>
                <p className="matrix-responsible">{r.responsible ?? '—'}</p>
              </td>
              <td>
                <p className="matrix-due">{r.dueOn === null ? '—' : formatDay(t.locale, r.dueOn)}</p>
                {r.overdue && <OverdueMark label={t.overdue} />}
              </td>
              <td>
                <span className="status" data-status={r.status}>
                  <span className="status-dot" aria-hidden="true" />
                  {t.status[r.status]}
                </span>
                <Progress className="matrix-sub" value={r.progress} percent={percent} />
              </td>
              <td className="num">
                <Progress value={r.progress} percent={percent} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
