import { useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { isIsoDay, localToday } from '../../../../../shared/domain/dates.js';
import { ErrorMessage } from '../../../../components/ErrorMessage.js';
import { errorText } from '../../../../i18n/errorText.js';
import { useT } from '../../../../i18n/useT.js';
import { liveSelectors } from '../../live/selectors/liveSelectors.js';
import { useLiveStore } from '../../live/store/liveStore.js';
import { shellSelectors } from '../../shell/selectors/shellSelectors.js';
import { useShellStore } from '../../shell/store/shellStore.js';
import { agendaSelectors } from '../selectors/agendaSelectors.js';
import { useAgendaStore } from '../store/agendaStore.js';

/**
 * The session's next step: convene it (recording the day the orden del día went out), start
 * it in the live console, or take it up again there. Going live and closing happen only in
 * the live console, which records the session's clock.
 */
export function SessionStatusActions() {
  const t = useT();
  const { session, busy, markConvened, setStatus } = useAgendaStore(useShallow(agendaSelectors.status));
  const { busy: starting, startError, start } = useLiveStore(useShallow(liveSelectors.start));
  const enterLive = useShellStore(shellSelectors.enterLive);
  const [sentOn, setSentOn] = useState(localToday);
  if (!session || (session.status !== 'draft' && session.status !== 'convened' && session.status !== 'live')) return null;

  async function startLive(sessionId: number) {
    if (await start(sessionId)) enterLive(sessionId);
  }

  return (
    <div className="panel status-actions" data-testid="session-status-actions">
      <h3>{t('sessionAction.title')}</h3>
      {session.status === 'draft' && (
        <div className="inline-form">
          <label className="inline-label">
            {t('sessionAction.sentOn')}
            <input
              type="date"
              className="field-input input-small"
              data-testid="session-convened-on"
              value={sentOn}
              aria-invalid={isIsoDay(sentOn) ? undefined : true}
              onChange={(e) => setSentOn(e.target.value)}
            />
          </label>
          <button
            type="button"
            className="button button-primary"
            data-testid="session-mark-convened"
            disabled={busy || !isIsoDay(sentOn)}
            onClick={() => void markConvened(sentOn)}
          >
            {t('sessionAction.convened')}
          </button>
        </div>
      )}
      {session.status === 'convened' && (
        <div className="inline-form">
          <button
            type="button"
            className="button button-primary"
            data-testid="session-start-live"
            disabled={busy || starting}
            onClick={() => void startLive(session.id)}
          >
            {t('sessionAction.live')}
          </button>
          <button
            type="button"
            className="button button-secondary"
            data-testid="session-status-draft"
            disabled={busy || starting}
            onClick={() => void setStatus('draft')}
          >
            {t('sessionAction.draft')}
          </button>
        </div>
      )}
      {session.status === 'live' && (
        <div className="inline-form">
          <p className="status-live-note">{t('sessionAction.liveNote')}</p>
          <button type="button" className="button button-primary" data-testid="session-resume-live" onClick={() => enterLive(session.id)}>
            {t('sessionAction.resume')}
          </button>
        </div>
      )}
      <ErrorMessage text={startError?.sessionId === session.id ? errorText(t, startError.error) : null} />
    </div>
  );
}
