import { useEffect } from 'react';
import { assertNever } from '../../../../../shared/domain/assertNever.js';
import { ErrorMessage } from '../../../../components/ErrorMessage.js';
import { errorText } from '../../../../i18n/errorText.js';
import { useT } from '../../../../i18n/useT.js';
import { AgendaScreen } from '../../agenda/components/AgendaScreen.js';
import { CitizenMeetingScreen } from '../../citizenMeeting/components/CitizenMeetingScreen.js';
import { MinutesScreen } from '../../minutes/components/MinutesScreen.js';
import { sessionsSelectors } from '../selectors/sessionsSelectors.js';
import { useSessionsStore } from '../store/sessionsStore.js';
import { ConvocationWarnings } from './ConvocationWarnings.js';
import { SessionForm } from './SessionForm.js';
import { SessionsList } from './SessionsList.js';

export function SessionsSection() {
  const t = useT();
  const load = useSessionsStore(sessionsSelectors.load);
  const view = useSessionsStore(sessionsSelectors.view);
  const error = useSessionsStore(sessionsSelectors.error);
  useEffect(() => {
    void load();
  }, [load]);

  function body() {
    switch (view.view) {
      case 'list':
        return (
          <>
            <ConvocationWarnings />
            <SessionsList />
          </>
        );
      case 'new':
        return <SessionForm />;
      case 'session':
        return view.kind === 'citizen_meeting' ? (
          <CitizenMeetingScreen key={view.sessionId} meetingId={view.sessionId} />
        ) : (
          <AgendaScreen key={view.sessionId} sessionId={view.sessionId} />
        );
      case 'minutes':
        return <MinutesScreen key={view.sessionId} sessionId={view.sessionId} kind={view.kind} />;
      default:
        return assertNever(view);
    }
  }

  return (
    <section className="section stack" data-testid="section-sesiones">
      <h1>{t('section.sesiones')}</h1>
      <ErrorMessage text={error && errorText(t, error)} />
      {body()}
    </section>
  );
}
