import { assertNever } from '../../../../../shared/domain/assertNever.js';
import type { WorkspaceState } from '../store/workspaceStore.js';

export type Screen = 'loading' | 'welcome' | 'create' | 'open' | 'unlock' | 'shell';

/** The file the unlock screen is about. */
const unlockPath = (s: WorkspaceState): string | null => (s.status?.state === 'locked' ? s.status.path : s.target);

/** One selector per screen with exactly what it reads; object-returning ones go through useShallow. */
export const workspaceSelectors = {
  screen(s: WorkspaceState): Screen {
    if (!s.status) return 'loading';
    switch (s.status.state) {
      case 'open':
        return 'shell';
      case 'locked':
        return 'unlock';
      case 'closed':
        return s.view;
      default:
        return assertNever(s.status);
    }
  },
  start: (s: WorkspaceState) => s.start,
  mesaName: (s: WorkspaceState): string | null => (s.status?.state === 'open' ? s.status.mesa.name : null),
  welcome: (s: WorkspaceState) => ({ error: s.error, showCreate: s.showCreate, showOpen: s.showOpen }),
  recentFiles: (s: WorkspaceState) => ({ recent: s.recent, chooseFile: s.chooseFile }),
  create: (s: WorkspaceState) => ({
    suggestedPath: s.suggestedPath,
    busy: s.busy,
    error: s.error,
    suggestPath: s.suggestPath,
    create: s.create,
    showWelcome: s.showWelcome,
  }),
  open: (s: WorkspaceState) => ({ chooseFile: s.chooseFile, showWelcome: s.showWelcome }),
  unlock: (s: WorkspaceState) => ({
    path: unlockPath(s),
    busy: s.busy,
    error: s.error,
    unlock: s.unlock,
    chooseAnotherFile: s.chooseAnotherFile,
    retryAt: s.retryAt,
    loadDelay: s.loadDelay,
  }),
  activity: (s: WorkspaceState) => s.activity,
  closed: (s: WorkspaceState): boolean => s.status?.state === 'closed',
  /** The file of the open workspace, which the console's place is kept for across a lock. */
  openPath: (s: WorkspaceState): string | null => (s.status?.state === 'open' ? s.status.path : null),
  lock: (s: WorkspaceState) => ({ lock: s.lock, error: s.error }),
};

/** The last part of a path, whichever separator the system uses. */
export function fileName(path: string): string {
  return path.split(/[\\/]/).pop() || path;
}
