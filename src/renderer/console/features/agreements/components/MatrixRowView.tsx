import { ageInDays, type MatrixRow } from '../../../../../shared/domain/agreements.js';
import { Day } from '../../../../components/Day.js';
import { RowButton } from '../../../../components/RowButton.js';
import { useT } from '../../../../i18n/useT.js';
import { ProgressValue } from './ProgressValue.js';
import { StatusBadges } from './StatusBadges.js';

interface MatrixRowViewProps {
  index: number;
  start: number;
  measure(element: Element | null): void;
  id: string;
  row: MatrixRow;
  overdue: boolean;
  today: string;
  selected: boolean;
  onOpen(): void;
}

/** One agreement: a click (or Enter on the selected row) opens its detail. */
export function MatrixRowView({ index, start, measure, id, row, overdue, today, selected, onOpen }: MatrixRowViewProps) {
  const t = useT();
  const none = <span className="muted">{t('agreements.none')}</span>;
  const classes = ['matrix-row', selected ? 'matrix-row-selected' : '', overdue ? 'matrix-row-overdue' : ''].filter(Boolean).join(' ');
  return (
    <div
      ref={measure}
      id={id}
      data-index={index}
      role="row"
      aria-rowindex={index + 2}
      aria-selected={selected}
      className={classes}
      data-testid="matrix-row"
      data-code={row.code}
      style={{ transform: `translateY(${start}px)` }}
      onClick={onOpen}
    >
      <div role="gridcell" className="matrix-cell matrix-c-code">
        <RowButton ariaLabel={t('agreements.open', { code: row.code })} onOpen={onOpen}>
          <span className="mono">{row.code}</span>
        </RowButton>
      </div>
      <div role="gridcell" className="matrix-cell matrix-c-text">
        <span className="matrix-text" title={row.text}>
          {row.text}
        </span>
      </div>
      <div role="gridcell" className="matrix-cell matrix-c-session">
        <Day value={row.sessionDate} />
        <span className="matrix-sub matrix-two-lines" title={row.session}>
          {row.session}
        </span>
      </div>
      <div role="gridcell" className="matrix-cell matrix-c-committee">
        <span className="matrix-two-lines" title={row.committee ?? undefined}>
          {row.committee ?? <span className="muted">{t('agreements.noCommittee')}</span>}
        </span>
        {row.responsible.length > 0 && (
          <span className="matrix-sub matrix-one-line" title={row.responsible.join(', ')}>
            {row.responsible.join(', ')}
          </span>
        )}
      </div>
      <div role="gridcell" className="matrix-cell matrix-c-dueOn">
        {row.dueOn ? <Day value={row.dueOn} /> : none}
      </div>
      <div role="gridcell" className="matrix-cell matrix-c-status">
        <StatusBadges status={row.status} overdue={overdue} />
      </div>
      <div role="gridcell" className="matrix-cell matrix-c-progress">
        <ProgressValue value={row.progress} />
      </div>
      <div role="gridcell" className="matrix-cell matrix-c-lastFollowUp">
        {row.lastFollowUp ? <Day value={row.lastFollowUp.on} /> : none}
      </div>
      <div role="gridcell" className="matrix-cell matrix-c-age num">
        {t('agreements.ageDays', { days: ageInDays(row, today) })}
      </div>
    </div>
  );
}
