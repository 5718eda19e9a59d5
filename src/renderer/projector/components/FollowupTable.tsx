import type { ProjectionFollowupDto } from '../../../shared/ipc/events.js';
import { followupWindow } from '../followupWindow.js';
import { formatDay } from '../format.js';
import type { ProjectorText } from '../text.js';
import { useKeepInView } from '../useKeepInView.js';
import { useMediaQuery } from '../useMediaQuery.js';
import { Progress } from './Progress.js';

/**
 * Rows on the wall at once: fewer on a 4:3 screen, fewer while an agreement is drafted above
 * the table, more before the reading starts (no row is open in full yet).
 */
const ROWS = { wide: 7, narrow: 5 };
const ROWS_UNDER_DRAFT = { wide: 2, narrow: 1 };
const ROWS_UNFOCUSED = { wide: 10, narrow: 8 };
/** The same boundary as the stylesheet's 4:3 layout. */
const NARROW_SCREEN = '(max-aspect-ratio: 7/5)';

/**
 * The open agreements of earlier plenaries during the follow-up item. A long table shows a
 * window around the agreement being read, which is highlighted and kept in view.
 */
export function FollowupTable({ followup, underDraft, t }: { followup: ProjectionFollowupDto; underDraft: boolean; t: ProjectorText }) {
  const { rows, focusCode } = followup;
  const focusIndex = rows.findIndex((r) => r.code === focusCode);
  const shape = useMediaQuery(NARROW_SCREEN) ? 'narrow' : 'wide';
  const size = (underDraft ? ROWS_UNDER_DRAFT : focusIndex < 0 ? ROWS_UNFOCUSED : ROWS)[shape];
  const shown = followupWindow(rows, focusIndex, size);
  const scroller = useKeepInView<HTMLDivElement>(`${shape}|${size}|${focusCode}|${shown.before}`);
  const percent = new Intl.NumberFormat(t.locale, { style: 'percent', maximumFractionDigits: 0 });
  return (
    <section className="followup" data-testid="projector-followup" data-under-draft={underDraft ? 'true' : 'false'}>
      <header className="followup-head">
        <h3 className="section-heading">{t.followup}</h3>
        <p className="followup-count">{focusIndex >= 0 ? t.followupPosition(focusIndex + 1, rows.length) : t.followupCount(rows.length)}</p>
      </header>
      <div className="followup-scroll" ref={scroller}>
        <table className="followup-table">
          <colgroup>
            <col className="col-code" />
            <col className="col-text" />
            <col className="col-responsible" />
            <col className="col-due" />
            <col className="col-status" />
            <col className="col-progress" />
          </colgroup>
          <thead data-sticky="true">
            <tr>
              <th scope="col">{t.columns.code}</th>
              <th scope="col">{t.columns.text}</th>
              <th scope="col">{t.columns.responsible}</th>
              <th scope="col">{t.columns.dueOn}</th>
              <th scope="col">{t.columns.status}</th>
              <th scope="col" className="num">
                {t.columns.progress}
              </th>
            </tr>
          </thead>
          <tbody>
            {shown.before > 0 && (
              <tr className="followup-more">
                <td colSpan={6}>↑ {t.rowsBefore(shown.before)}</td>
              </tr>
            )}
            {shown.rows.map((r) => {
              const focused = r.code === focusCode;
              return (
                <tr
                  key={r.code}
                  className="followup-row"
                  data-testid={`projector-followup-${r.code}`}
                  data-focus={focused ? 'true' : 'false'}
                  data-anchor={focused ? 'true' : undefined}
                  data-status={r.status}
                  data-recorded={r.recorded ? 'true' : 'false'}
                >
                  <td className="followup-code">
                    {r.code}
                    {r.recorded && (
                      <span className="followup-read" title={t.read} aria-label={t.read}>
                        ✓
                      </span>
                    )}
                  </td>
                  <td>
                    <p className="followup-text">{r.text}</p>
                    {focused && r.responsible !== null && <p className="followup-sub">{r.responsible}</p>}
                  </td>
                  <td>
                    <p className="followup-responsible">{r.responsible ?? '—'}</p>
                  </td>
                  <td>
                    <p className="followup-due">{r.dueOn === null ? '—' : formatDay(t.locale, r.dueOn)}</p>
                  </td>
                  <td>
                    <span className="status" data-status={r.status}>
                      <span className="status-dot" aria-hidden="true" />
                      {t.status[r.status]}
                    </span>
                  </td>
                  <td className="num">
                    <Progress value={r.progress} percent={percent} />
                  </td>
                </tr>
              );
            })}
            {shown.after > 0 && (
              <tr className="followup-more">
                <td colSpan={6}>↓ {t.rowsAfter(shown.after)}</td>
              </tr>
            )}
          </tbody>
        </table>
      </div>
    </section>
  );
}
