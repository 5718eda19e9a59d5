import { useShallow } from 'zustand/react/shallow';
import { ErrorMessage } from '../../../../components/ErrorMessage.js';
import { errorText } from '../../../../i18n/errorText.js';
import { useT } from '../../../../i18n/useT.js';
import { workspaceSelectors } from '../selectors/workspaceSelectors.js';
import { useWorkspaceStore } from '../store/workspaceStore.js';
import { ClosedLayout } from './ClosedLayout.js';
import { RecentFiles } from './RecentFiles.js';

export function Welcome() {
  const t = useT();
  const { error, showCreate, showOpen } = useWorkspaceStore(useShallow(workspaceSelectors.welcome));
  return (
    <ClosedLayout testId="welcome">
      <h1 className="welcome-title">{t('app.name')}</h1>
      <p className="welcome-tagline">{t('app.tagline')}</p>
      <ErrorMessage text={error && errorText(t, error)} />
      <div className="actions">
        <button type="button" className="button button-primary" data-testid="create-workspace" onClick={showCreate}>
          {t('welcome.create')}
        </button>
        <button type="button" className="button button-secondary" data-testid="open-workspace" onClick={showOpen}>
          {t('welcome.open')}
        </button>
      </div>
      <RecentFiles />
    </ClosedLayout>
  );
}
