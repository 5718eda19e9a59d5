import { useEffect } from 'react';
import { sessionTitle, type SessionKind } from '../../../../../shared/domain/sessions.js';
import type { MinutesDto } from '../../../../../shared/ipc/contract.js';
import { ErrorMessage } from '../../../../components/ErrorMessage.js';
import { languageSelectors, useLanguageStore } from '../../../../i18n/languageStore.js';
import { useT } from '../../../../i18n/useT.js';
import { CitizenOnlyBanner } from '../../citizenMeeting/components/CitizenOnlyBanner.js';
import { sessionsSelectors } from '../../sessions/selectors/sessionsSelectors.js';
import { formatScheduledAt } from '../../sessions/sessionText.js';
import { useSessionsStore } from '../../sessions/store/sessionsStore.js';
import { minutesRefusalText, readOnlyKey } from '../minutesText.js';
import { minutesSelectors } from '../selectors/minutesSelectors.js';
import { useMinutesStore } from '../store/minutesStore.js';
import { Addenda } from './Addenda.js';
import { ApproveForm } from './ApproveForm.js';
import { Attachments } from './Attachments.js';
import { ExportDocx } from './ExportDocx.js';
import { ExportsLog } from './ExportsLog.js';
import { MinutesItems } from './MinutesItems.js';
import { MinutesLanguage } from './MinutesLanguage.js';
import { MinutesStatusBadge } from './MinutesStatusBadge.js';
import { SealFacts } from './SealFacts.js';
import { SignControl } from './SignControl.js';
import { VerifyFile } from './VerifyFile.js';

/** The folder of a suggested path, with its separator: attachments are exported next to the acta. */
const folderOf = (path: string) => path.replace(/[^\\/]*$/, '');

function MinutesBody({ minutes }: { minutes: MinutesDto }) {
  const t = useT();
  const suggestedPath = useMinutesStore((s) => s.suggestedPath);
  const held = minutes.sessionStatus === 'closed' || minutes.sessionStatus === 'signed';
  const signed = minutes.status === 'signed';
  const citizen = minutes.sessionKind === 'citizen_meeting';
  if (!held) return null;
  return (
    <>
      {minutes.seal && <SealFacts seal={minutes.seal} />}
      <MinutesLanguage fixed={signed} />
      {citizen ? <p className="citizen-note">{t('minutes.citizenContent')}</p> : <MinutesItems items={minutes.items} editable={minutes.editable} />}
      {!signed && <ApproveForm minutes={minutes} />}
      {!signed && minutes.sessionStatus === 'closed' && <SignControl />}
      {signed && <Addenda />}
      <Attachments folder={folderOf(suggestedPath)} />
      <ExportDocx citizen={citizen} />
      <VerifyFile />
      <ExportsLog />
    </>
  );
}

/** The minutes of a held session: its text per item, approval, signature and seal, the paper copy, exports. */
export function MinutesScreen({ sessionId, kind }: { sessionId: number; kind: SessionKind }) {
  const t = useT();
  const language = useLanguageStore(languageSelectors.language);
  const show = useSessionsStore(sessionsSelectors.show);
  const session = useSessionsStore((s) => s.sessions.find((x) => x.id === sessionId) ?? null);
  const load = useMinutesStore(minutesSelectors.load);
  const minutes = useMinutesStore(minutesSelectors.minutes);
  const loadError = useMinutesStore(minutesSelectors.errorOf('load'));
  useEffect(() => {
    void load(sessionId);
  }, [load, sessionId]);

  const citizen = kind === 'citizen_meeting';
  const ready = minutes && minutes.sessionId === sessionId;
  const title = session ? sessionTitle(session, language) : (minutes?.sessionTitle ?? '');

  return (
    <article className={citizen ? 'stack minutes-screen citizen-screen' : 'stack minutes-screen'} data-testid="minutes-screen">
      {citizen && <CitizenOnlyBanner />}
      <button type="button" className="link-button" data-testid="minutes-back" onClick={() => show({ view: 'session', sessionId, kind })}>
        {t('minutes.back')}
      </button>
      <ErrorMessage text={loadError && minutesRefusalText(t, loadError)} />
      {!ready && !loadError && <p className="muted">{t('app.loading')}</p>}
      {ready && (
        <>
          <header>
            <p className={citizen ? 'eyebrow citizen-eyebrow' : 'eyebrow'}>{t(citizen ? 'minutes.eyebrow.citizen' : 'minutes.eyebrow.acta')}</p>
            <h2 className="session-heading">
              {title} <MinutesStatusBadge status={minutes.status} />
            </h2>
            <p className="muted">{formatScheduledAt(language, minutes.scheduledAt)}</p>
          </header>
          {minutes.readOnlyReason && (
            <p className="warning-box minutes-readonly" role="note" data-testid="minutes-readonly">
              {t(readOnlyKey(minutes))}
            </p>
          )}
          <MinutesBody minutes={minutes} />
        </>
      )}
    </article>
  );
}
