import { monthLabel } from '../../../../../shared/domain/indicators.js';
import type { IndicatorDto } from '../../../../../shared/ipc/dto/indicators.js';
import { languageSelectors, useLanguageStore } from '../../../../i18n/languageStore.js';
import { useT } from '../../../../i18n/useT.js';
import { cellKey, parseCellText } from '../gridCells.js';

interface GridMonthRowProps {
  period: string;
  /** A month not over yet has no figure to record. */
  editable: boolean;
  indicators: readonly IndicatorDto[];
  edits: Readonly<Record<string, string>>;
  onEdit(indicatorId: number, period: string, text: string): void;
}

/** One month across every indicator: what is stored, or what was typed over it. */
export function GridMonthRow({ period, editable, indicators, edits, onEdit }: GridMonthRowProps) {
  const t = useT();
  const language = useLanguageStore(languageSelectors.language);
  const label = monthLabel(period, language);
  return (
    <tr data-testid={`indicator-grid-row-${period}`} className={editable ? undefined : 'row-future'}>
      <th scope="row">
        {label}
        {!editable && <span className="muted indicator-grid-unit">{t('indicators.grid.notOver')}</span>}
      </th>
      {indicators.map((i) => {
        const key = cellKey(i.id, period);
        const stored = i.points.find((p) => p.period === period)?.cases;
        const typed = edits[key];
        const invalid = typed !== undefined && parseCellText(typed) === 'invalid';
        const className = ['field-input', 'indicator-cell', typed !== undefined ? 'cell-changed' : '', invalid ? 'cell-invalid' : ''].filter(Boolean).join(' ');
        return (
          <td key={i.id} className="num">
            <input
              className={className}
              data-testid={`indicator-cell-${i.id}-${period}`}
              aria-label={t('indicators.grid.cellLabel', { name: i.name, month: label })}
              aria-invalid={invalid ? true : undefined}
              inputMode="numeric"
              disabled={!editable}
              value={typed ?? (stored === undefined ? '' : String(stored))}
              onChange={(e) => onEdit(i.id, period, e.target.value)}
            />
          </td>
        );
      })}
    </tr>
  );
}
