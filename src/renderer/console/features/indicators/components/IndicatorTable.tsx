import type { IndicatorDto } from '../../../../../shared/ipc/dto/indicators.js';
import { useT } from '../../../../i18n/useT.js';
import { IndicatorRow } from './IndicatorRow.js';

/** Every indicator with its latest figure, its changes and its goal; a row opens it below. */
export function IndicatorTable({ indicators, selectedId, onSelect }: { indicators: readonly IndicatorDto[]; selectedId: number | null; onSelect(id: number): void }) {
  const t = useT();
  return (
    <div className="table-wrap">
      <table className="table indicators-table" data-testid="indicators-table">
        <thead>
          <tr>
            <th scope="col">{t('indicators.col.name')}</th>
            <th scope="col">{t('indicators.col.unit')}</th>
            <th scope="col" className="num">
              {t('indicators.col.latest')}
            </th>
            <th scope="col" className="num">
              {t('indicators.col.mom')}
            </th>
            <th scope="col" className="num">
              {t('indicators.col.yoy')}
            </th>
            <th scope="col">{t('indicators.col.goal')}</th>
          </tr>
        </thead>
        <tbody>
          {indicators.map((i) => (
            <IndicatorRow key={i.id} indicator={i} selected={i.id === selectedId} onSelect={onSelect} />
          ))}
        </tbody>
      </table>
    </div>
  );
}
