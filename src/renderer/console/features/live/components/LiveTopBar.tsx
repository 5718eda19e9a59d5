import { useShallow } from 'zustand/react/shallow';
import { sessionTitle } from '../../../../../shared/domain/sessions.js';
import { languageSelectors, useLanguageStore } from '../../../../i18n/languageStore.js';
import { useT } from '../../../../i18n/useT.js';
import { workspaceSelectors } from '../../workspace/selectors/workspaceSelectors.js';
import { useWorkspaceStore } from '../../workspace/store/workspaceStore.js';
import { liveSelectors } from '../selectors/liveSelectors.js';
import { useLiveStore } from '../store/liveStore.js';
import { CloseSessionControl } from './CloseSessionControl.js';
import { LeaveLiveButton } from './LeaveLiveButton.js';
import { LiveClocks } from './LiveClocks.js';
import { ProjectorControls } from './ProjectorControls.js';
import { QuorumIndicator } from './QuorumIndicator.js';

export function LiveTopBar() {
  const t = useT();
  const language = useLanguageStore(languageSelectors.language);
  const mesaName = useWorkspaceStore(workspaceSelectors.mesaName);
  const { lock } = useWorkspaceStore(useShallow(workspaceSelectors.lock));
  const { session } = useLiveStore(useShallow(liveSelectors.topBar));
  if (!session) return null;
  return (
    <header className="live-topbar">
      <div className="live-heading">
        <p className="live-mesa">
          <span className="live-badge">{t('live.badge')}</span> {mesaName}
        </p>
        <h1 className="live-title" data-testid="live-title">
          {sessionTitle(session, language)}
        </h1>
      </div>
      <LiveClocks />
      <QuorumIndicator />
      <ProjectorControls />
      <div className="live-topbar-actions">
        <LeaveLiveButton />
        <button
          type="button"
          className="button button-small live-lock"
          data-testid="lock-button"
          title={t('shell.lockHint')}
          aria-keyshortcuts="Control+L Meta+L"
          onClick={() => void lock()}
        >
          {t('shell.lock')}
        </button>
        <CloseSessionControl />
      </div>
    </header>
  );
}
