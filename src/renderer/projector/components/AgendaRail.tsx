import type { ProjectionAgendaItemDto } from '../../../shared/ipc/events.js';
import type { ProjectorText } from '../text.js';
import { useKeepInView } from '../useKeepInView.js';

/**
 * The order of business. On a wide screen a side rail (done dimmed with a check, the current
 * item highlighted, the next one marked); on a 4:3 screen a strip of numbers and the next title.
 */
export function AgendaRail({ agenda, t }: { agenda: ProjectionAgendaItemDto[]; t: ProjectorText }) {
  const current = agenda.find((i) => i.state === 'current');
  const next = agenda.find((i) => i.state === 'next');
  const list = useKeepInView<HTMLOListElement>(current?.position);
  return (
    <nav className="agenda" aria-label={t.agenda}>
      <h2 className="agenda-heading">{t.agenda}</h2>
      <ol className="agenda-list" ref={list}>
        {agenda.map((item) => (
          <li
            key={item.position}
            className="agenda-item"
            data-state={item.state}
            data-anchor={item.state === 'current' ? 'true' : undefined}
            data-testid={`projector-agenda-item-${item.position}`}
          >
            <span className="agenda-mark" aria-label={item.state === 'done' ? t.done : undefined}>
              {item.state === 'done' ? '✓' : item.position}
            </span>
            <span className="agenda-body">
              {item.state === 'current' && <span className="agenda-tag">{t.now}</span>}
              {item.state === 'next' && <span className="agenda-tag">{t.next}</span>}
              <span className="agenda-title">{item.title}</span>
            </span>
            <span className="agenda-minutes">{t.minutes(item.minutesAllotted)}</span>
          </li>
        ))}
      </ol>
      {next && (
        <p className="agenda-next">
          <span className="agenda-tag">{t.next}</span>
          <span className="agenda-next-title">
            {next.position}. {next.title}
          </span>
        </p>
      )}
    </nav>
  );
}
