import { useEffect } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { workspaceSelectors } from '../../workspace/selectors/workspaceSelectors.js';
import { useWorkspaceStore } from '../../workspace/store/workspaceStore.js';
import { shellSelectors } from '../selectors/shellSelectors.js';
import { useShellStore } from '../store/shellStore.js';
import { SectionView } from './SectionView.js';
import { ShellHeader } from './ShellHeader.js';
import { ShellNav } from './ShellNav.js';
import { useLockShortcut } from './useLockShortcut.js';

/** Everything shown while a workspace is open. */
export function Shell() {
  const { lock } = useWorkspaceStore(useShallow(workspaceSelectors.lock));
  const reset = useShellStore(shellSelectors.reset);
  useLockShortcut(lock);
  // Locking unmounts the shell: what it read from the workspace must not outlive it.
  useEffect(() => reset, [reset]);
  return (
    <div className="shell" data-testid="app-shell">
      <ShellHeader />
      <div className="shell-body">
        <ShellNav />
        <main className="shell-main">
          <SectionView />
        </main>
      </div>
    </div>
  );
}
