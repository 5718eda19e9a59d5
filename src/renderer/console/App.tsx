import { useEffect } from 'react';
import { assertNever } from '../../shared/domain/assertNever.js';
import { languageSelectors, useLanguageStore } from '../i18n/languageStore.js';
import { useT } from '../i18n/useT.js';
import { Shell } from './features/shell/components/Shell.js';
import { dropPlace } from './features/shell/place.js';
import { CreateWorkspace } from './features/workspace/components/CreateWorkspace.js';
import { OpenWorkspace } from './features/workspace/components/OpenWorkspace.js';
import { UnlockWorkspace } from './features/workspace/components/UnlockWorkspace.js';
import { Welcome } from './features/workspace/components/Welcome.js';
import { workspaceSelectors } from './features/workspace/selectors/workspaceSelectors.js';
import { useWorkspaceStore } from './features/workspace/store/workspaceStore.js';

/** Picks the screen from the workspace state; nothing shows until the saved language is known. */
export function App() {
  const t = useT();
  const loadLanguage = useLanguageStore(languageSelectors.load);
  const languageLoaded = useLanguageStore(languageSelectors.loaded);
  const start = useWorkspaceStore(workspaceSelectors.start);
  const screen = useWorkspaceStore(workspaceSelectors.screen);
  const closed = useWorkspaceStore(workspaceSelectors.closed);

  useEffect(() => {
    void loadLanguage();
  }, [loadLanguage]);
  useEffect(() => start(), [start]);
  // Where the user was is kept across a lock, not across closing the file.
  useEffect(() => {
    if (closed) dropPlace();
  }, [closed]);

  if (!languageLoaded) return <p className="loading">{t('app.loading')}</p>;
  switch (screen) {
    case 'loading':
      return <p className="loading">{t('app.loading')}</p>;
    case 'welcome':
      return <Welcome />;
    case 'create':
      return <CreateWorkspace />;
    case 'open':
      return <OpenWorkspace />;
    case 'unlock':
      return <UnlockWorkspace />;
    case 'shell':
      return <Shell />;
    default:
      return assertNever(screen);
  }
}
