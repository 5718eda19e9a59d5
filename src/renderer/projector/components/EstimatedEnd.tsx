import { formatClock } from '../format.js';
import type { ProjectorText } from '../text.js';
import { useNow } from '../useNow.js';

/**
 * When the session should end. Main's estimate holds while the current item is within its
 * time; once it runs over, every minute over moves the end by a minute, so the end is never
 * earlier than now plus the minutes of the items still to come.
 */
export function EstimatedEnd({ estimatedEndMs, minutesAfter, t }: { estimatedEndMs: number; minutesAfter: number; t: ProjectorText }) {
  const now = useNow();
  const endMs = Math.max(estimatedEndMs, now + minutesAfter * 60_000);
  return (
    <p className="estimated-end">
      <span className="estimated-end-label">{t.estimatedEnd}</span>
      <span className="estimated-end-value" data-testid="projector-estimated-end">
        {formatClock(t.locale, endMs)}
      </span>
    </p>
  );
}
