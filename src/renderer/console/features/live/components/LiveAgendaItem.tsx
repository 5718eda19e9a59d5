import { formatDuration } from '../../../../../shared/domain/live.js';
import type { LiveItemDto } from '../../../../../shared/ipc/contract.js';
import type { MessageKey } from '../../../../i18n/translate.js';
import { useT } from '../../../../i18n/useT.js';
import { Countdown } from './Countdown.js';

const stateLabels: Record<LiveItemDto['state'], MessageKey> = {
  done: 'live.itemState.done',
  current: 'live.itemState.current',
  pending: 'live.itemState.pending',
};

export function LiveAgendaItem({ item, onGo }: { item: LiveItemDto; onGo(): void }) {
  const t = useT();
  return (
    <li className={`live-agenda-item live-agenda-item-${item.state}`}>
      <button
        type="button"
        className="live-agenda-button"
        data-testid={`live-item-${item.position}`}
        data-state={item.state}
        aria-current={item.state === 'current' ? 'step' : undefined}
        onClick={onGo}
      >
        <span className="live-agenda-position" aria-hidden="true">
          {item.state === 'done' ? '✓' : item.position}
        </span>
        <span className="live-agenda-body">
          <span className="live-agenda-name">
            <span className="visually-hidden">{t('live.itemPosition', { position: item.position })} </span>
            {item.title}
          </span>
          <span className="live-agenda-meta">
            {t('live.itemMinutes', { minutes: item.minutesAllotted })}
            {item.state === 'done' && ` · ${t('live.itemUsed', { time: formatDuration(item.spentSeconds) })}`}
            <span className="visually-hidden"> · {t(stateLabels[item.state])}</span>
          </span>
        </span>
      </button>
      {item.state === 'current' && <Countdown item={item} />}
    </li>
  );
}
