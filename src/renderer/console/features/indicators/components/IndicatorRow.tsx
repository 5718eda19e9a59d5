import { formatIndicatorValue, monthLabel } from '../../../../../shared/domain/indicators.js';
import type { IndicatorDto } from '../../../../../shared/ipc/dto/indicators.js';
import { languageSelectors, useLanguageStore } from '../../../../i18n/languageStore.js';
import { useT } from '../../../../i18n/useT.js';
import { changeText, goalStanding, standingLabels, standingTones, unitShortLabels } from '../indicatorText.js';

/** One indicator in the list: its name opens its chart, goals and history. */
export function IndicatorRow({ indicator, selected, onSelect }: { indicator: IndicatorDto; selected: boolean; onSelect(id: number): void }) {
  const t = useT();
  const language = useLanguageStore(languageSelectors.language);
  const latest = indicator.latest;
  const standing = goalStanding(indicator);
  const none = <span className="muted">{t('indicators.none')}</span>;
  return (
    <tr data-testid={`indicator-row-${indicator.id}`} className={selected ? 'row-selected' : undefined}>
      <td>
        <button type="button" className="link-button" aria-pressed={selected} data-testid={`indicator-open-${indicator.id}`} onClick={() => onSelect(indicator.id)}>
          {indicator.name}
        </button>
        {indicator.visibility === 'citizens' && <span className="badge badge-citizen badge-spaced">{t('indicators.citizenOnly')}</span>}
      </td>
      <td className="indicator-unit">{t(unitShortLabels[indicator.unit])}</td>
      <td className="num">
        {latest ? (
          <>
            <strong>{formatIndicatorValue(indicator.unit, latest.value, language)}</strong>{' '}
            <span className="muted indicator-latest-month">{monthLabel(latest.period, language)}</span>
          </>
        ) : (
          none
        )}
      </td>
      <td className="num">{latest?.monthOverMonth ? changeText(indicator.unit, latest.monthOverMonth, language) : none}</td>
      <td className="num">{latest?.yearOverYear ? changeText(indicator.unit, latest.yearOverYear, language) : none}</td>
      <td>
        <span className={standingTones[standing]} data-testid="indicator-standing" data-standing={standing}>
          {t(standingLabels[standing])}
        </span>
      </td>
    </tr>
  );
}
