import { useShallow } from 'zustand/react/shallow';
import { ErrorMessage } from '../../../../components/ErrorMessage.js';
import { LanguageSwitch } from '../../../../components/LanguageSwitch.js';
import { errorText } from '../../../../i18n/errorText.js';
import { useT } from '../../../../i18n/useT.js';
import { workspaceSelectors } from '../../workspace/selectors/workspaceSelectors.js';
import { useWorkspaceStore } from '../../workspace/store/workspaceStore.js';

export function ShellHeader() {
  const t = useT();
  const mesaName = useWorkspaceStore(workspaceSelectors.mesaName);
  const { lock, error } = useWorkspaceStore(useShallow(workspaceSelectors.lock));
  return (
    <header className="shell-header">
      <div className="shell-header-row">
        <span className="shell-title">{mesaName}</span>
        <div className="shell-tools">
          <LanguageSwitch />
          <button
            type="button"
            className="button button-lock"
            data-testid="lock-button"
            title={t('shell.lockHint')}
            aria-keyshortcuts="Control+L Meta+L"
            onClick={() => void lock()}
          >
            {t('shell.lock')}
          </button>
        </div>
      </div>
      <ErrorMessage text={error && errorText(t, error)} />
    </header>
  );
}
