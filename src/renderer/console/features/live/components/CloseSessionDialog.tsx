import { useId, type KeyboardEvent } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { languageSelectors, useLanguageStore } from '../../../../i18n/languageStore.js';
import { useT } from '../../../../i18n/useT.js';
import { closeWarningText } from '../liveText.js';
import { liveSelectors } from '../selectors/liveSelectors.js';
import { showSessionAfterLive } from '../showSessionAfterLive.js';
import { useLiveStore } from '../store/liveStore.js';

/** What the minutes still miss, in sentences, before the end time is recorded. */
export function CloseSessionDialog() {
  const t = useT();
  const language = useLanguageStore(languageSelectors.language);
  const { warnings, busy, cancelClose, close } = useLiveStore(useShallow(liveSelectors.close));
  const session = useLiveStore(useShallow(liveSelectors.leave)).session;
  const titleId = useId();

  async function confirm() {
    if (session && (await close())) showSessionAfterLive(session);
  }

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    if (event.key === 'Escape') {
      event.preventDefault();
      cancelClose();
    }
  }

  return (
    <div className="live-dialog-backdrop">
      <div className="live-dialog" role="alertdialog" aria-modal="true" aria-labelledby={titleId} data-testid="live-close-dialog" onKeyDown={onKeyDown}>
        <h2 id={titleId}>{t('live.closeTitle')}</h2>
        <p>{t('live.closeIntro')}</p>
        {warnings.length === 0 ? (
          <p className="notice">{t('live.closeReady')}</p>
        ) : (
          <ul className="warning-list live-close-warnings" data-testid="live-close-warnings">
            {warnings.map((w) => (
              <li key={w.code} data-testid="live-close-warning">
                {closeWarningText(t, language, w)}
              </li>
            ))}
          </ul>
        )}
        <div className="actions">
          <button type="button" className="button button-danger" data-testid="live-close-confirm" disabled={busy} onClick={() => void confirm()}>
            {t('live.closeConfirm')}
          </button>
          {/* The safe choice has the focus: Enter by reflex does not close the session. */}
          <button type="button" className="button button-secondary" data-testid="live-close-cancel" autoFocus onClick={cancelClose}>
            {t('live.closeCancel')}
          </button>
        </div>
      </div>
    </div>
  );
}
