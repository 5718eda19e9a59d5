import { goalStateWords } from '../../../../../shared/charts/indicatorChartOptions.js';
import type { IndicatorDto } from '../../../../../shared/ipc/dto/indicators.js';
import { useFormatDay } from '../../../../components/formatDay.js';
import { languageSelectors, useLanguageStore } from '../../../../i18n/languageStore.js';
import { useT } from '../../../../i18n/useT.js';

/** Every goal the plenary set, oldest first: the superseded ones stay, with whether they were met. */
export function GoalsHistory({ indicator }: { indicator: IndicatorDto }) {
  const t = useT();
  const day = useFormatDay();
  const language = useLanguageStore(languageSelectors.language);
  const number = (n: number) => n.toLocaleString(language === 'es' ? 'es-MX' : 'en-US', { maximumFractionDigits: 1 });
  return (
    <section className="stack" aria-labelledby="indicator-goals-title">
      <h3 id="indicator-goals-title">{t('indicators.goals.title')}</h3>
      {indicator.goals.length === 0 ? (
        <p className="muted" data-testid="indicator-goals-empty">
          {t('indicators.goals.none')}
        </p>
      ) : (
        <div className="table-wrap">
          <table className="table indicator-goals-table" data-testid="indicator-goals">
            <thead>
              <tr>
                <th scope="col" className="num">
                  {t('indicators.goals.target')}
                </th>
                <th scope="col">{t('indicators.goals.deadline')}</th>
                <th scope="col">{t('indicators.goals.state')}</th>
                <th scope="col">{t('indicators.goals.session')}</th>
                <th scope="col">{t('indicators.goals.agreement')}</th>
              </tr>
            </thead>
            <tbody>
              {indicator.goals.map((g) => (
                <tr key={g.id} data-testid="indicator-goal" data-superseded={g.superseded} className={g.superseded ? 'row-superseded' : undefined}>
                  <td className="num">
                    <strong>{number(g.target)}</strong>
                  </td>
                  <td>{day(g.deadline)}</td>
                  <td>
                    <span className={g.met ? 'badge badge-ok' : g.superseded ? 'badge badge-off' : 'badge badge-pending'}>{goalStateWords(g, language)}</span>
                    {g.superseded && g.metOn && <span className="muted"> {t('indicators.goals.metOn', { date: day(g.metOn) })}</span>}
                    {g.visibility === 'citizens' && <span className="badge badge-citizen badge-spaced">{t('indicators.citizenOnly')}</span>}
                  </td>
                  <td>{g.adoptedSession ? `${g.adoptedSession.title} (${day(g.adoptedSession.date)})` : <span className="muted">{t('indicators.none')}</span>}</td>
                  <td className="mono">{g.adoptedAgreement?.code ?? <span className="muted">{t('indicators.none')}</span>}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
