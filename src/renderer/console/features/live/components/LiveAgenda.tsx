import { useShallow } from 'zustand/react/shallow';
import { useT } from '../../../../i18n/useT.js';
import { liveSelectors } from '../selectors/liveSelectors.js';
import { useLiveStore } from '../store/liveStore.js';
import { LiveAgendaItem } from './LiveAgendaItem.js';

/** The orden del día down the left: where the session is, and a click to go anywhere. */
export function LiveAgenda() {
  const t = useT();
  const { items, goTo } = useLiveStore(useShallow(liveSelectors.agenda));
  return (
    <nav className="live-agenda" aria-label={t('live.agendaTitle')}>
      <h2 className="live-agenda-title">{t('live.agendaTitle')}</h2>
      <ol className="live-agenda-list">
        {items.map((item) => (
          <LiveAgendaItem key={item.id} item={item} onGo={() => void goTo(item.id)} />
        ))}
      </ol>
    </nav>
  );
}
