import { create } from 'zustand';
import type { CreateWorkspaceDto, RecentFileDto, WorkspaceStatusDto } from '../../../../../shared/ipc/contract.js';
import type { Unsubscribe } from '../../../../../shared/ipc/events.js';
import type { AppError } from '../../../../../shared/ipc/result.js';
import { api, onEvent, toAppError } from '../../../../api/api.js';

/** What the console shows while no workspace is open; a locked workspace always shows unlock. */
export type ClosedView = 'welcome' | 'create' | 'open' | 'unlock';

export interface WorkspaceState {
  /** null until main has answered the first time. */
  status: WorkspaceStatusDto | null;
  view: ClosedView;
  /** The file chosen for unlocking while nothing is selected in main (recent list, open screen). */
  target: string | null;
  recent: RecentFileDto[];
  suggestedPath: string;
  busy: boolean;
  error: AppError | null;

  /** Loads the status and follows main's 'workspace' event; returns the unsubscribe. */
  start(): Unsubscribe;
  refresh(): Promise<void>;
  showWelcome(): void;
  showCreate(): void;
  showOpen(): void;
  chooseFile(path: string): void;
  suggestPath(name: string): Promise<void>;
  /** Each returns whether the call succeeded, so a form knows whether to keep its input. */
  create(dto: CreateWorkspaceDto): Promise<boolean>;
  unlock(passphrase: string): Promise<boolean>;
  lock(): Promise<boolean>;
  /** From the unlock screen: main forgets the selected file and the welcome screen returns. */
  chooseAnotherFile(): Promise<boolean>;
}

export const useWorkspaceStore = create<WorkspaceState>()((set, get) => {
  /** One call at a time from the screens: busy disables their buttons, errors replace the last one. */
  async function run(call: () => Promise<WorkspaceStatusDto>): Promise<boolean> {
    set({ busy: true, error: null });
    try {
      set({ status: await call(), busy: false });
      return true;
    } catch (err) {
      set({ busy: false, error: toAppError(err) });
      return false;
    }
  }

  async function loadRecent(): Promise<void> {
    try {
      set({ recent: await api.workspace.recent() });
    } catch (err) {
      set({ error: toAppError(err) });
    }
  }

  // Suggestions arrive out of order when the name is typed fast; only the latest counts.
  let suggestion = 0;

  return {
    status: null,
    view: 'welcome',
    target: null,
    recent: [],
    suggestedPath: '',
    busy: false,
    error: null,

    start() {
      void get().refresh();
      return onEvent('workspace', () => void get().refresh());
    },
    async refresh() {
      try {
        const status = await api.workspace.status();
        set({ status });
        if (status.state === 'closed') await loadRecent();
      } catch (err) {
        // Without an answer the welcome screen is the honest place to show the error.
        set({ status: get().status ?? { state: 'closed' }, error: toAppError(err) });
      }
    },
    showWelcome() {
      set({ view: 'welcome', target: null, error: null });
      void loadRecent();
    },
    showCreate() {
      set({ view: 'create', error: null, suggestedPath: '' });
    },
    showOpen() {
      set({ view: 'open', error: null });
    },
    chooseFile(path) {
      set({ view: 'unlock', target: path, error: null });
    },
    async suggestPath(name) {
      const mine = ++suggestion;
      if (!name.trim()) {
        set({ suggestedPath: '' });
        return;
      }
      try {
        const path = await api.workspace.suggestPath({ name });
        if (mine === suggestion) set({ suggestedPath: path });
      } catch {
        // A suggestion is a convenience: the path field stays editable and empty.
      }
    },
    create(dto) {
      return run(() => api.workspace.create(dto));
    },
    unlock(passphrase) {
      const { status, target } = get();
      const path = status?.state === 'locked' ? status.path : target;
      if (!path) return Promise.resolve(false);
      return run(() => api.workspace.unlock({ path, passphrase }));
    },
    lock() {
      return run(() => api.workspace.lock());
    },
    async chooseAnotherFile() {
      const closed = get().status?.state === 'locked' ? await run(() => api.workspace.close()) : true;
      if (closed) get().showWelcome();
      return closed;
    },
  };
});
