import type { CountdownState } from '../../../shared/domain/live.js';
import { formatDuration } from '../../../shared/domain/live.js';
import type { ProjectorText } from '../text.js';
import { useNow } from '../useNow.js';

/**
 * The item's time left, counted here from the instant main says it runs out, so it ticks
 * without a message per second. The warning threshold is the one the view carries (the
 * shared countdownState() knows only the default). Each state has its own words and shape,
 * not only its colour: the label changes, warning adds a heavy border, over time fills the box.
 */
export function Countdown({ endsAtMs, warningSeconds, t }: { endsAtMs: number; warningSeconds: number; t: ProjectorText }) {
  const now = useNow();
  const secondsLeft = Math.ceil((endsAtMs - now) / 1000);
  const state: CountdownState = secondsLeft < 0 ? 'over' : secondsLeft <= warningSeconds ? 'warning' : 'normal';
  return (
    <div className="countdown" data-state={state} role="timer">
      <span className="countdown-label">
        <span className="countdown-icon" aria-hidden="true" />
        {t.countdown[state]}
      </span>
      <span className="countdown-value" data-testid="projector-countdown" data-state={state}>
        {formatDuration(secondsLeft)}
      </span>
    </div>
  );
}
