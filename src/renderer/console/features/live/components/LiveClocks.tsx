import { useShallow } from 'zustand/react/shallow';
import { formatDuration, liveEstimatedEndMs, localInstantMs } from '../../../../../shared/domain/live.js';
import { useT } from '../../../../i18n/useT.js';
import { clockTime, secondsLeft } from '../liveClock.js';
import { liveSelectors } from '../selectors/liveSelectors.js';
import { useLiveStore } from '../store/liveStore.js';
import { useMainNow } from '../useMainNow.js';

/** Wall clock, time since the session started and when it should end at this pace. */
export function LiveClocks() {
  const t = useT();
  const { items, current, clockOffsetMs } = useLiveStore(useShallow(liveSelectors.clock));
  const { startedAt } = useLiveStore(useShallow(liveSelectors.topBar));
  const now = useMainNow(clockOffsetMs);
  const elapsed = startedAt ? Math.max(0, Math.floor((now - localInstantMs(startedAt)) / 1000)) : 0;
  const left = current ? secondsLeft(current, now) : 0;
  const after = current ? items.filter((i) => i.position > current.position).map((i) => i.minutesAllotted) : [];
  return (
    <dl className="live-clocks">
      <div>
        <dt>{t('live.clock')}</dt>
        <dd data-testid="live-clock">{clockTime(now)}</dd>
      </div>
      <div>
        <dt>{t('live.elapsed')}</dt>
        <dd data-testid="live-elapsed">{formatDuration(elapsed)}</dd>
      </div>
      <div>
        <dt>{t('live.estimatedEnd')}</dt>
        <dd data-testid="live-estimated-end">{clockTime(liveEstimatedEndMs(now, left, after))}</dd>
      </div>
    </dl>
  );
}
