import { useShallow } from 'zustand/react/shallow';
import { useT } from '../../../../i18n/useT.js';
import { liveSelectors } from '../selectors/liveSelectors.js';
import { useLiveStore } from '../store/liveStore.js';

/**
 * During the indicators item: which indicator's chart the projector shows. Only plenary-visible
 * indicators are offered (main builds the list); the first one is shown until another is chosen.
 */
export function IndicatorPicker() {
  const t = useT();
  const { indicators, indicatorId, showIndicator } = useLiveStore(useShallow(liveSelectors.indicatorPicker));
  if (indicators.length === 0) return <p className="empty" data-testid="live-indicator-empty">{t('live.indicator.empty')}</p>;
  const shown = indicators.some((i) => i.id === indicatorId) ? indicatorId : indicators[0]!.id;
  return (
    <section className="live-followup live-indicator-picker" data-testid="live-indicator-picker" aria-label={t('live.indicator.title')}>
      <h3>{t('live.indicator.title')}</h3>
      <p className="hint">{t('live.indicator.hint')}</p>
      <div className="followup-strip" role="group">
        {indicators.map((i) => (
          <button
            key={i.id}
            type="button"
            className="choice"
            aria-pressed={i.id === shown}
            data-testid={`live-indicator-${i.id}`}
            onClick={() => showIndicator(i.id)}
          >
            {i.name}
          </button>
        ))}
      </div>
    </section>
  );
}
