import { countdownState, formatDuration } from '../../../../../shared/domain/live.js';
import type { LiveItemDto } from '../../../../../shared/ipc/contract.js';
import type { MessageKey } from '../../../../i18n/translate.js';
import { useT } from '../../../../i18n/useT.js';
import { secondsLeft } from '../liveClock.js';
import { liveSelectors } from '../selectors/liveSelectors.js';
import { useLiveStore } from '../store/liveStore.js';
import { useMainNow } from '../useMainNow.js';

const captions: Record<ReturnType<typeof countdownState>, MessageKey> = {
  normal: 'live.countdown.normal',
  warning: 'live.countdown.warning',
  over: 'live.countdown.over',
};

/** The current item's time left, from main's record plus this stretch, ticking here every second. */
export function Countdown({ item }: { item: LiveItemDto }) {
  const t = useT();
  const clockOffsetMs = useLiveStore(liveSelectors.clockOffsetMs);
  const now = useMainNow(clockOffsetMs);
  const left = secondsLeft(item, now);
  const state = countdownState(left);
  return (
    <div className={`live-countdown live-countdown-${state}`} data-testid="live-countdown" data-state={state} role="timer">
      <span className="live-countdown-value">{formatDuration(left)}</span>
      <span className="live-countdown-caption">{t(captions[state])}</span>
    </div>
  );
}
