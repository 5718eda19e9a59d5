import { useEffect } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { workspaceSelectors } from '../../workspace/selectors/workspaceSelectors.js';
import { useWorkspaceStore } from '../../workspace/store/workspaceStore.js';
import { forgetWorkspaceData } from '../forgetWorkspaceData.js';
import { SectionView } from './SectionView.js';
import { ShellHeader } from './ShellHeader.js';
import { ShellNav } from './ShellNav.js';
import { useLockShortcut } from './useLockShortcut.js';

/** Everything shown while a workspace is open. */
export function Shell() {
  const { lock } = useWorkspaceStore(useShallow(workspaceSelectors.lock));
  useLockShortcut(lock);
  // Locking unmounts the shell: what it read from the workspace must not outlive it.
  useEffect(() => forgetWorkspaceData, []);
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
