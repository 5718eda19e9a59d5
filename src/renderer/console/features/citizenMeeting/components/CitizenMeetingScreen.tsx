import { useEffect } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { sessionTitle } from '../../../../../shared/domain/sessions.js';
import { ErrorMessage } from '../../../../components/ErrorMessage.js';
import { errorText } from '../../../../i18n/errorText.js';
import { languageSelectors, useLanguageStore } from '../../../../i18n/languageStore.js';
import { useT } from '../../../../i18n/useT.js';
import { OpenMinutesButton } from '../../minutes/components/OpenMinutesButton.js';
import { SessionEditControl } from '../../sessions/components/SessionEditControl.js';
import { SessionStatusBadge } from '../../sessions/components/SessionStatusBadge.js';
import { sessionsSelectors } from '../../sessions/selectors/sessionsSelectors.js';
import { formatScheduledAt } from '../../sessions/sessionText.js';
import { useSessionsStore } from '../../sessions/store/sessionsStore.js';
import { citizenMeetingSelectors } from '../selectors/citizenMeetingSelectors.js';
import { useCitizenMeetingStore } from '../store/citizenMeetingStore.js';
import { Checklist } from './Checklist.js';
import { CitizenOnlyBanner } from './CitizenOnlyBanner.js';
import { PrepNotes } from './PrepNotes.js';
import { Topics } from './Topics.js';

/** The citizens' preparation of a plenary (3.4.3): everything on this screen is citizen-only. */
export function CitizenMeetingScreen({ meetingId }: { meetingId: number }) {
  const t = useT();
  const language = useLanguageStore(languageSelectors.language);
  const show = useSessionsStore(sessionsSelectors.show);
  const load = useCitizenMeetingStore(citizenMeetingSelectors.load);
  const meeting = useCitizenMeetingStore(citizenMeetingSelectors.meeting);
  const error = useCitizenMeetingStore(citizenMeetingSelectors.error);
  const { busy, updateMeeting } = useCitizenMeetingStore(useShallow(citizenMeetingSelectors.meetingEdit));
  useEffect(() => {
    void load(meetingId);
  }, [load, meetingId]);

  const back = (
    <button type="button" className="link-button" data-testid="session-back" onClick={() => show({ view: 'list' })}>
      {t('sessions.back')}
    </button>
  );
  const ready = meeting && meeting.meeting.id === meetingId;
  const plenary = ready ? meeting.plenary : null;

  return (
    <article className="stack citizen-screen" data-testid="citizen-meeting">
      <CitizenOnlyBanner />
      {back}
      <ErrorMessage text={error && errorText(t, error)} />
      {!ready && !error && <p className="muted">{t('app.loading')}</p>}
      {ready && (
        <>
          <header>
            <p className="eyebrow citizen-eyebrow">{t('citizen.eyebrow')}</p>
            <h2 className="session-heading">
              {sessionTitle(meeting.meeting, language)} <SessionStatusBadge status={meeting.meeting.status} />
            </h2>
            <dl className="facts-list">
              <div>
                <dt>{t('session.when')}</dt>
                <dd>{formatScheduledAt(language, meeting.meeting.scheduledAt)}</dd>
              </div>
              <div>
                <dt>{t('session.place')}</dt>
                <dd>{meeting.meeting.place ?? <span className="muted">{t('sessions.noPlace')}</span>}</dd>
              </div>
              <div>
                <dt>{t('citizen.prepares')}</dt>
                <dd>
                  {plenary ? (
                    <button
                      type="button"
                      className="link-button"
                      data-testid="open-plenary"
                      onClick={() => show({ view: 'session', sessionId: plenary.id, kind: 'plenary' })}
                    >
                      {`${sessionTitle(plenary, language)} · ${formatScheduledAt(language, plenary.scheduledAt)}`}
                    </button>
                  ) : (
                    <span className="muted">{t('citizen.noPlenary')}</span>
                  )}
                </dd>
              </div>
            </dl>
            <SessionEditControl key={meeting.meeting.id} session={meeting.meeting} busy={busy} save={updateMeeting} />
          </header>
          {meeting.meeting.status === 'signed' && (
            <p className="warning-box" role="note" data-testid="citizen-meeting-sealed">
              {t('minutes.citizenSealed')}
            </p>
          )}
          {(meeting.meeting.status === 'closed' || meeting.meeting.status === 'signed') && (
            <OpenMinutesButton sessionId={meeting.meeting.id} kind="citizen_meeting" />
          )}
          <PrepNotes />
          <Topics />
          <Checklist />
        </>
      )}
    </article>
  );
}
