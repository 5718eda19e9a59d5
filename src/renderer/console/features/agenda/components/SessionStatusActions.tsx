import { useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { isIsoDay, localToday } from '../../../../../shared/domain/dates.js';
import { canMoveTo, sessionStatuses, type SessionStatus } from '../../../../../shared/domain/sessions.js';
import type { MessageKey } from '../../../../i18n/translate.js';
import { useT } from '../../../../i18n/useT.js';
import { agendaSelectors } from '../selectors/agendaSelectors.js';
import { useAgendaStore } from '../store/agendaStore.js';

const moveLabels: Record<Exclude<SessionStatus, 'convened'>, MessageKey> = {
  draft: 'sessionAction.draft',
  live: 'sessionAction.live',
  closed: 'sessionAction.closed',
  signed: 'sessionAction.signed',
};

/** Only the steps `canMoveTo` allows; convening records the day the orden del día went out. */
export function SessionStatusActions() {
  const t = useT();
  const { session, busy, markConvened, setStatus } = useAgendaStore(useShallow(agendaSelectors.status));
  const [sentOn, setSentOn] = useState(localToday);
  if (!session) return null;
  const next = sessionStatuses.filter((s) => canMoveTo(session.status, s));
  if (next.length === 0) return null;
  return (
    <div className="panel status-actions" data-testid="session-status-actions">
      <h3>{t('sessionAction.title')}</h3>
      <div className="inline-form">
        {next.map((status) =>
          status === 'convened' ? (
            <div key={status} className="inline-form">
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
          ) : (
            <button
              key={status}
              type="button"
              className="button button-secondary"
              data-testid={`session-status-${status}`}
              disabled={busy}
              onClick={() => void setStatus(status)}
            >
              {t(moveLabels[status])}
            </button>
          ),
        )}
      </div>
    </div>
  );
}
