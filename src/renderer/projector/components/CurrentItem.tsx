import type { ProjectionCurrentItemDto } from '../../../shared/ipc/events.js';
import type { ProjectorText } from '../text.js';
import { Countdown } from './Countdown.js';
import { EstimatedEnd } from './EstimatedEnd.js';

/** Long titles get a smaller type so that the item never pushes the countdown off the wall. */
function titleLength(title: string): 'short' | 'medium' | 'long' {
  return title.length > 100 ? 'long' : title.length > 50 ? 'medium' : 'short';
}

/** The item under discussion: its number, title and presenter, its countdown and the session's estimated end. */
export function CurrentItem({
  item,
  estimatedEndMs,
  minutesAfter,
  t,
}: {
  item: ProjectionCurrentItemDto;
  estimatedEndMs: number;
  minutesAfter: number;
  t: ProjectorText;
}) {
  return (
    <section className="current" data-length={titleLength(item.title)}>
      <div className="current-text">
        <p className="current-position">{t.item(item.position)}</p>
        <h2 className="current-title" data-testid="projector-current-title">
          {item.title}
        </h2>
        {item.presenter !== null && item.presenter.trim() !== '' && (
          <p className="current-presenter">
            <span className="current-presenter-label">{t.presenter}</span>
            <span data-testid="projector-presenter">{item.presenter}</span>
          </p>
        )}
      </div>
      <div className="timing">
        <Countdown endsAtMs={item.endsAtMs} warningSeconds={item.warningSeconds} t={t} />
        <EstimatedEnd estimatedEndMs={estimatedEndMs} minutesAfter={minutesAfter} t={t} />
      </div>
    </section>
  );
}
