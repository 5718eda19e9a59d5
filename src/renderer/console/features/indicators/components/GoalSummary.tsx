import type { IndicatorDto } from '../../../../../shared/ipc/dto/indicators.js';
import { goalStateWords } from '../../../../../shared/charts/indicatorChartOptions.js';
import { useT } from '../../../../i18n/useT.js';
import { languageSelectors, useLanguageStore } from '../../../../i18n/languageStore.js';
import { currentGoalOf, goalStanding } from '../indicatorText.js';

/** Which goals in force are met, at a glance: the committee's first sentence at a plenary. */
export function GoalSummary({ indicators }: { indicators: readonly IndicatorDto[] }) {
  const t = useT();
  const language = useLanguageStore(languageSelectors.language);
  const withGoal = indicators.filter((i) => currentGoalOf(i) !== null);
  const met = withGoal.filter((i) => goalStanding(i) === 'met');
  return (
    <section className="panel indicators-goal-summary" data-testid="indicators-goal-summary" aria-labelledby="indicators-goal-summary-title">
      <h2 id="indicators-goal-summary-title">{t('indicators.summary.title')}</h2>
      {withGoal.length === 0 ? (
        <p className="muted">{t('indicators.summary.none')}</p>
      ) : (
        <>
          <p className="indicators-goal-count" data-testid="indicators-goal-count">
            {t('indicators.summary.count', { met: met.length, total: withGoal.length })}
          </p>
          <ul className="indicators-goal-list">
            {withGoal.map((i) => {
              const goal = currentGoalOf(i)!;
              return (
                <li key={i.id} data-met={goal.status === 'met'}>
                  <strong>{i.name}</strong>: {t('indicators.summary.goal', { target: goal.target.toLocaleString(language === 'es' ? 'es-MX' : 'en-US') })}{' '}
                  <span className={goal.status === 'met' ? 'badge badge-ok' : 'badge badge-pending'}>{goalStateWords(goal, language)}</span>
                </li>
              );
            })}
          </ul>
        </>
      )}
    </section>
  );
}
