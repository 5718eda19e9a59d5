import { useShallow } from 'zustand/react/shallow';
import { useT } from '../../../../i18n/useT.js';
import { liveSelectors } from '../selectors/liveSelectors.js';
import { showSessionAfterLive } from '../showSessionAfterLive.js';
import { useLiveStore } from '../store/liveStore.js';

/** Back to the rest of the app; the session stays live and is taken up again from its page. */
export function LeaveLiveButton() {
  const t = useT();
  const { session, leave } = useLiveStore(useShallow(liveSelectors.leave));
  if (!session) return null;
  return (
    <button
      type="button"
      className="button button-small live-leave"
      data-testid="live-leave"
      title={t('live.leaveHint')}
      onClick={() => void leave().then(() => showSessionAfterLive(session))}
    >
      {t('live.leave')}
    </button>
  );
}
