import { useEffect } from 'react';
import { ErrorMessage } from '../../../../components/ErrorMessage.js';
import { errorText } from '../../../../i18n/errorText.js';
import { useT } from '../../../../i18n/useT.js';
import { useShellStore } from '../../shell/store/shellStore.js';
import { liveSelectors } from '../selectors/liveSelectors.js';
import { useLiveStore } from '../store/liveStore.js';
import { LiveAgenda } from './LiveAgenda.js';
import { LivePanels } from './LivePanels.js';
import { LiveTopBar } from './LiveTopBar.js';
import { ShortcutBar } from './ShortcutBar.js';
import { useLiveShortcuts } from './useLiveShortcuts.js';

/** The secretary's console during a session: the whole window, driven from the keyboard. */
export function LiveConsole({ sessionId }: { sessionId: number }) {
  const t = useT();
  const load = useLiveStore(liveSelectors.load);
  const live = useLiveStore(liveSelectors.live);
  const error = useLiveStore(liveSelectors.error);
  useEffect(() => {
    void load(sessionId);
  }, [load, sessionId]);
  useLiveShortcuts();

  if (!live || live.session.id !== sessionId) {
    return (
      <div className="live-loading" data-testid="live-loading">
        <ErrorMessage text={error && errorText(t, error)} />
        {error ? (
          <button type="button" className="button button-secondary" data-testid="live-back" onClick={() => useShellStore.getState().leaveLive()}>
            {t('live.back')}
          </button>
        ) : (
          <p className="muted">{t('app.loading')}</p>
        )}
      </div>
    );
  }
  return (
    <div className="live-console" data-testid="live-console">
      <LiveTopBar />
      <ErrorMessage text={error && errorText(t, error)} />
      <div className="live-body">
        <LiveAgenda />
        <LivePanels />
      </div>
      <ShortcutBar />
    </div>
  );
}
