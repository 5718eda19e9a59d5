import { useEffect } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { LiveConsole } from '../../live/components/LiveConsole.js';
import { workspaceSelectors } from '../../workspace/selectors/workspaceSelectors.js';
import { useWorkspaceStore } from '../../workspace/store/workspaceStore.js';
import { forgetWorkspaceData } from '../forgetWorkspaceData.js';
import { shellSelectors } from '../selectors/shellSelectors.js';
import { useShellStore } from '../store/shellStore.js';
import { SectionView } from './SectionView.js';
import { ShellHeader } from './ShellHeader.js';
import { ShellNav } from './ShellNav.js';
import { useLockShortcut } from './useLockShortcut.js';

/** Everything shown while a workspace is open; a live session takes the whole window. */
export function Shell() {
  const { lock } = useWorkspaceStore(useShallow(workspaceSelectors.lock));
  const liveSessionId = useShellStore(shellSelectors.liveSessionId);
  const resumeLive = useShellStore(shellSelectors.resumeLive);
  useLockShortcut(lock);
  // Locking unmounts the shell: what it read from the workspace must not outlive it.
  useEffect(() => forgetWorkspaceData, []);
  // Reopening the workspace during a session goes straight back to it.
  useEffect(() => {
    void resumeLive();
  }, [resumeLive]);
  if (liveSessionId !== null) {
    return (
      <div className="shell shell-live" data-testid="app-shell">
        <LiveConsole key={liveSessionId} sessionId={liveSessionId} />
      </div>
    );
  }
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
