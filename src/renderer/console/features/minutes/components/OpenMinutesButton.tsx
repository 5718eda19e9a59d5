import type { SessionKind } from '../../../../../shared/domain/sessions.js';
import { useT } from '../../../../i18n/useT.js';
import { sessionsSelectors } from '../../sessions/selectors/sessionsSelectors.js';
import { useSessionsStore } from '../../sessions/store/sessionsStore.js';

/** From a held session to its minutes: the acta of a plenary or committee meeting, the minuta of a citizen meeting. */
export function OpenMinutesButton({ sessionId, kind }: { sessionId: number; kind: SessionKind }) {
  const t = useT();
  const show = useSessionsStore(sessionsSelectors.show);
  const citizen = kind === 'citizen_meeting';
  return (
    <div className={citizen ? 'panel panel-citizen minutes-open' : 'panel minutes-open'}>
      <p className={citizen ? 'citizen-note' : 'field-hint'}>{t(citizen ? 'minutes.open.hintCitizen' : 'minutes.open.hint')}</p>
      <button
        type="button"
        className={citizen ? 'button button-citizen' : 'button button-primary'}
        data-testid="open-minutes"
        onClick={() => show({ view: 'minutes', sessionId, kind })}
      >
        {t(citizen ? 'minutes.open.citizen' : 'minutes.open.acta')}
      </button>
    </div>
  );
}
