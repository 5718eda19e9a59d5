import { useCallback, useEffect, useRef, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { LiveConsole } from '../../live/components/LiveConsole.js';
import { useLiveStore } from '../../live/store/liveStore.js';
import { workspaceSelectors } from '../../workspace/selectors/workspaceSelectors.js';
import { useWorkspaceStore } from '../../workspace/store/workspaceStore.js';
import { forgetWorkspaceData } from '../forgetWorkspaceData.js';
import { dropPlace, keepPlace, restorePlace } from '../place.js';
import { shellSelectors } from '../selectors/shellSelectors.js';
import { useShellStore } from '../store/shellStore.js';
import { SectionView } from './SectionView.js';
import { ShellHeader } from './ShellHeader.js';
import { ShellNav } from './ShellNav.js';
import { useActivityReport } from './useActivityReport.js';
import { useLockShortcut } from './useLockShortcut.js';

/** Everything shown while a workspace is open; a live session takes the whole window. */
export function Shell() {
  const { lock } = useWorkspaceStore(useShallow(workspaceSelectors.lock));
  const openPath = useWorkspaceStore(workspaceSelectors.openPath);
  const activity = useWorkspaceStore(workspaceSelectors.activity);
  const liveSessionId = useShellStore(shellSelectors.liveSessionId);
  const resumeLive = useShellStore(shellSelectors.resumeLive);
  // Notes typed in the last instant before Ctrl+L go out first, so the lock does not drop them.
  const lockNow = useCallback(() => {
    useLiveStore.getState().flushNotes();
    return lock();
  }, [lock]);
  useLockShortcut(lockNow);
  useActivityReport(activity);
  // The file this shell opened for; a ref, since the cleanup below belongs to this opening only.
  const openedFor = useRef(openPath);
  // Back where the lock found the user, set before the first section renders (no flash of the summary).
  const [reload] = useState(() => (openPath ? restorePlace(openPath) : null));
  useEffect(() => reload?.(), [reload]);
  // Locking unmounts the shell: what it read from the workspace must not outlive it; where the user
  // was is kept (ids and tabs only) while the same file is locked, and dropped once it is closed.
  useEffect(
    () => () => {
      const path = openedFor.current;
      const status = useWorkspaceStore.getState().status;
      if (path && status?.state === 'locked' && status.path === path) keepPlace(path);
      else if (status?.state !== 'open') dropPlace();
      forgetWorkspaceData();
    },
    [],
  );
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
