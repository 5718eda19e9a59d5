import { formatClock } from '../format.js';
import { useNow } from '../useNow.js';

/** The wall clock of this machine, hours and minutes. */
export function Clock({ locale }: { locale: string }) {
  const now = useNow();
  return (
    <time className="clock" data-testid="projector-clock">
      {formatClock(locale, now)}
    </time>
  );
}
