import { useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { localToday } from '../../../../../shared/domain/dates.js';
import { ErrorMessage } from '../../../../components/ErrorMessage.js';
import { useT } from '../../../../i18n/useT.js';
import { refusalText } from '../indicatorText.js';
import { indicatorsSelectors } from '../selectors/indicatorsSelectors.js';
import { useIndicatorsStore } from '../store/indicatorsStore.js';
import { PopulationRow } from './PopulationRow.js';

/**
 * The population of each year, which the rates per 100,000 inhabitants divide by. A year
 * without one uses the Mesa's population.
 */
export function PopulationsEditor() {
  const t = useT();
  const { populations, populationError, busy, setPopulation } = useIndicatorsStore(useShallow(indicatorsSelectors.populations));
  const indicators = useIndicatorsStore(indicatorsSelectors.indicators);
  const thisYear = Number((indicators[0]?.asOf ?? localToday()).slice(0, 4));
  const [extraYear, setExtraYear] = useState<number | null>(null);
  const years = new Set<number>([thisYear, ...populations.map((p) => p.year), ...indicators.flatMap((i) => i.points.map((p) => Number(p.period.slice(0, 4))))]);
  if (extraYear !== null) years.add(extraYear);
  const sorted = [...years].sort((a, b) => b - a);
  const earliest = sorted.at(-1)!;

  return (
    <section className="stack populations" data-testid="populations" aria-labelledby="populations-title">
      <h2 id="populations-title">{t('indicators.population.title')}</h2>
      <p className="hint">{t('indicators.population.hint')}</p>
      <div className="table-wrap populations-table">
        <table className="table">
          <thead>
            <tr>
              <th scope="col">{t('indicators.population.year')}</th>
              <th scope="col">{t('indicators.population.population')}</th>
              <th scope="col">
                <span className="visually-hidden">{t('indicators.population.actions')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {sorted.map((year) => (
              <PopulationRow
                key={year}
                year={year}
                recorded={populations.find((p) => p.year === year)?.population ?? null}
                busy={busy}
                onSave={(population) => setPopulation(year, population)}
              />
            ))}
          </tbody>
        </table>
      </div>
      {earliest > 1900 && (
        <button type="button" className="link-button" data-testid="population-earlier" onClick={() => setExtraYear(earliest - 1)}>
          {t('indicators.population.earlier', { year: earliest - 1 })}
        </button>
      )}
      <ErrorMessage text={populationError && refusalText(t, populationError)} />
    </section>
  );
}
