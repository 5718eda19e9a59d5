import { useMemo } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { sessionTitle } from '../../../../../shared/domain/sessions.js';
import { RowButton } from '../../../../components/RowButton.js';
import { languageSelectors, useLanguageStore } from '../../../../i18n/languageStore.js';
import { useT } from '../../../../i18n/useT.js';
import { sessionsSelectors } from '../selectors/sessionsSelectors.js';
import { formatScheduledAt, sessionKindLabels } from '../sessionText.js';
import { useSessionsStore } from '../store/sessionsStore.js';
import { SessionStatusBadge } from './SessionStatusBadge.js';

export function SessionsList() {
  const t = useT();
  const language = useLanguageStore(languageSelectors.language);
  const { sessions, loaded, show, open } = useSessionsStore(useShallow(sessionsSelectors.list));
  // Latest first: the session being prepared is at the top, earlier years further down.
  const sorted = useMemo(
    () => [...sessions].sort((a, b) => b.scheduledAt.localeCompare(a.scheduledAt) || b.id - a.id),
    [sessions],
  );
  return (
    <>
      <div className="toolbar">
        <h2 className="toolbar-title">{t('sessions.listTitle')}</h2>
        <button type="button" className="button button-primary" data-testid="session-new" onClick={() => show({ view: 'new' })}>
          {t('sessions.new')}
        </button>
      </div>
      {loaded && sessions.length === 0 && <p className="empty">{t('sessions.empty')}</p>}
      {sorted.length > 0 && (
        <div className="table-wrap">
          <table className="table table-clickable" data-testid="sessions-table">
            <thead>
              <tr>
                <th scope="col">{t('sessions.col.session')}</th>
                <th scope="col">{t('sessions.col.when')}</th>
                <th scope="col">{t('sessions.col.place')}</th>
                <th scope="col">{t('sessions.col.status')}</th>
              </tr>
            </thead>
            <tbody>
              {sorted.map((s) => (
                <tr
                  key={s.id}
                  data-testid="session-row"
                  className={s.kind === 'citizen_meeting' ? 'row-citizen' : undefined}
                  onClick={() => open(s)}
                >
                  <th scope="row">
                    <RowButton onOpen={() => open(s)}>{sessionTitle(s, language)}</RowButton>
                    <span className="cell-sub">
                      {t(sessionKindLabels[s.kind])}
                      {s.kind === 'citizen_meeting' && (
                        <span className="badge badge-citizen badge-spaced">{t('citizen.onlyBadge')}</span>
                      )}
                    </span>
                  </th>
                  <td>{formatScheduledAt(language, s.scheduledAt)}</td>
                  <td>{s.place ?? <span className="muted">{t('sessions.noPlace')}</span>}</td>
                  <td>
                    <SessionStatusBadge status={s.status} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
