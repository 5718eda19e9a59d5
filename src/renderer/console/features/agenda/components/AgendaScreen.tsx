import { useEffect, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { sessionTitle } from '../../../../../shared/domain/sessions.js';
import { Day } from '../../../../components/Day.js';
import { ErrorMessage } from '../../../../components/ErrorMessage.js';
import { errorText } from '../../../../i18n/errorText.js';
import { languageSelectors, useLanguageStore } from '../../../../i18n/languageStore.js';
import { useT } from '../../../../i18n/useT.js';
import { OpenMinutesButton } from '../../minutes/components/OpenMinutesButton.js';
import { SessionEditControl } from '../../sessions/components/SessionEditControl.js';
import { SessionStatusBadge } from '../../sessions/components/SessionStatusBadge.js';
import { sessionsSelectors } from '../../sessions/selectors/sessionsSelectors.js';
import { formatScheduledAt, sessionKindLabels } from '../../sessions/sessionText.js';
import { useSessionsStore } from '../../sessions/store/sessionsStore.js';
import { inPreparation } from '../../../../../shared/domain/sessions.js';
import { agendaSelectors } from '../selectors/agendaSelectors.js';
import { useAgendaStore } from '../store/agendaStore.js';
import { AgendaItemForm } from './AgendaItemForm.js';
import { AgendaList } from './AgendaList.js';
import { CitizenMeetingLink } from './CitizenMeetingLink.js';
import { ExportAgenda } from './ExportAgenda.js';
import { SessionStatusActions } from './SessionStatusActions.js';

/** A plenary's or a committee meeting's page: its facts, status, orden del día and export. */
export function AgendaScreen({ sessionId }: { sessionId: number }) {
  const t = useT();
  const language = useLanguageStore(languageSelectors.language);
  const show = useSessionsStore(sessionsSelectors.show);
  const load = useAgendaStore(agendaSelectors.load);
  const agenda = useAgendaStore(agendaSelectors.agenda);
  const error = useAgendaStore(agendaSelectors.error);
  const { busy, updateSession } = useAgendaStore(useShallow(agendaSelectors.sessionEdit));
  const [adding, setAdding] = useState(false);
  useEffect(() => {
    void load(sessionId);
  }, [load, sessionId]);

  const back = (
    <button type="button" className="link-button" data-testid="session-back" onClick={() => show({ view: 'list' })}>
      {t('sessions.back')}
    </button>
  );
  if (!agenda || agenda.session.id !== sessionId) {
    return (
      <>
        {back}
        <ErrorMessage text={error && errorText(t, error)} />
        {!error && <p className="muted">{t('app.loading')}</p>}
      </>
    );
  }
  const { session } = agenda;
  const editable = inPreparation(session.status);

  return (
    <article className="stack" data-testid="agenda-screen">
      {back}
      <header>
        <p className="eyebrow">{t(sessionKindLabels[session.kind])}</p>
        <h2 className="session-heading">
          {sessionTitle(session, language)} <SessionStatusBadge status={session.status} />
        </h2>
        <dl className="facts-list">
          <div>
            <dt>{t('session.when')}</dt>
            <dd>{formatScheduledAt(language, session.scheduledAt)}</dd>
          </div>
          <div>
            <dt>{t('session.place')}</dt>
            <dd>{session.place ?? <span className="muted">{t('sessions.noPlace')}</span>}</dd>
          </div>
          <div>
            <dt>{t('session.convocation')}</dt>
            <dd>
              {session.convocationSentOn ? <Day value={session.convocationSentOn} /> : <span className="muted">{t('session.notSent')}</span>}
            </dd>
          </div>
        </dl>
        <SessionEditControl key={session.id} session={session} busy={busy} save={updateSession} />
      </header>
      <ErrorMessage text={error && errorText(t, error)} />
      <SessionStatusActions />
      {(session.status === 'closed' || session.status === 'signed') && <OpenMinutesButton sessionId={session.id} kind={session.kind} />}
      {session.kind === 'plenary' && <CitizenMeetingLink plenary={session} />}

      <div className="toolbar agenda-toolbar">
        <h3 className="toolbar-title">{t('agenda.title')}</h3>
        <p className="agenda-summary" data-testid="agenda-estimated-end">
          {t('agenda.summary', {
            start: session.scheduledAt.slice(11, 16),
            minutes: agenda.totalMinutes,
            end: agenda.estimatedEnd.slice(-5),
          })}
        </p>
      </div>
      <AgendaList />
      {editable &&
        (adding ? (
          <AgendaItemForm onDone={() => setAdding(false)} />
        ) : (
          <button type="button" className="button button-secondary" data-testid="agenda-add" onClick={() => setAdding(true)}>
            {t('agenda.add')}
          </button>
        ))}
      {!editable && <p className="muted">{t('agenda.locked')}</p>}
      <ExportAgenda />
    </article>
  );
}
