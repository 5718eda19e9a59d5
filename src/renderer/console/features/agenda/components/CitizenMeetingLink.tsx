import { useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import type { SessionDto } from '../../../../../shared/ipc/contract.js';
import { useT } from '../../../../i18n/useT.js';
import { sessionsSelectors } from '../../sessions/selectors/sessionsSelectors.js';
import { useSessionsStore } from '../../sessions/store/sessionsStore.js';

const LOCAL_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/;

/** A few days before the plenary (3.4.3), at the same hour: a date the secretary then adjusts. */
function daysBefore(scheduledAt: string, days: number): string {
  const date = new Date(`${scheduledAt.slice(0, 10)}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() - days);
  return `${date.toISOString().slice(0, 10)}${scheduledAt.slice(10, 16)}`;
}

/** The plenary's way to its citizen-only preparation: open it, or create it and open it. */
export function CitizenMeetingLink({ plenary }: { plenary: SessionDto }) {
  const t = useT();
  const { busy, create, show } = useSessionsStore(useShallow(sessionsSelectors.prepare));
  const [scheduledAt, setScheduledAt] = useState(() => daysBefore(plenary.scheduledAt, 5));

  if (plenary.preparedBySessionId !== null) {
    const meetingId = plenary.preparedBySessionId;
    return (
      <div className="panel panel-citizen">
        <p className="citizen-note">{t('agenda.citizenMeetingExists')}</p>
        <button
          type="button"
          className="button button-citizen"
          data-testid="open-citizen-meeting"
          onClick={() => show({ view: 'session', sessionId: meetingId, kind: 'citizen_meeting' })}
        >
          {t('agenda.openCitizenMeeting')}
        </button>
      </div>
    );
  }
  return (
    <div className="panel panel-citizen">
      <p className="citizen-note">{t('agenda.prepareHint')}</p>
      <div className="inline-form">
        <label className="inline-label">
          {t('agenda.prepareWhen')}
          <input
            type="datetime-local"
            className="field-input input-datetime"
            data-testid="prepare-citizen-meeting-date"
            value={scheduledAt}
            onChange={(e) => setScheduledAt(e.target.value)}
          />
        </label>
        <button
          type="button"
          className="button button-citizen"
          data-testid="prepare-citizen-meeting"
          disabled={busy || !LOCAL_INSTANT.test(scheduledAt)}
          onClick={() =>
            void create({
              kind: 'citizen_meeting',
              plenaryType: null,
              scheduledAt,
              place: plenary.place,
              committeeId: null,
              preparesSessionId: plenary.id,
              number: null,
            })
          }
        >
          {t('agenda.prepareCitizenMeeting')}
        </button>
      </div>
    </div>
  );
}
