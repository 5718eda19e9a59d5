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
  /** When (this window's clock, ms) the back-off after wrong passphrases lets the next attempt through; null: now. */
  retryAt: number | null;
  /** When input was last reported to main (ms); reports closer together than ACTIVITY_REPORT_MS are skipped. */
  activityReportedAt: number;

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
  /** Asks main how long the unlock screen must wait (after wrong passphrases, across restarts too). */
  loadDelay(): Promise<void>;
  lock(): Promise<boolean>;
  /** Input in the console: tells main's idle lock, at most once per ACTIVITY_REPORT_MS. */
  activity(): void;
  /** From the unlock screen: main forgets the selected file and the welcome screen returns. */
  chooseAnotherFile(): Promise<boolean>;
}

/**
 * Input is reported at most this often: one call per keystroke would flood the transport, and
 * the idle lock (whole minutes) only comes up to this much early.
 */
export const ACTIVITY_REPORT_MS = 15_000;

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
    retryAt: null,
    activityReportedAt: -Infinity,

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
      set({ view: 'welcome', target: null, error: null, retryAt: null });
      void loadRecent();
    },
    showCreate() {
      set({ view: 'create', error: null, suggestedPath: '' });
    },
    showOpen() {
      set({ view: 'open', error: null });
    },
    chooseFile(path) {
      set({ view: 'unlock', target: path, error: null, retryAt: null });
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
      return run(() => api.workspace.unlock({ path, passphrase })).then(async (unlocked) => {
        if (unlocked) set({ retryAt: null });
        else await get().loadDelay();
        return unlocked;
      });
    },
    async loadDelay() {
      const { status, target } = get();
      const path = status?.state === 'locked' ? status.path : target;
      if (!path) return;
      try {
        const { waitSeconds } = await api.workspace.unlockDelay({ path });
        const retryAt = waitSeconds > 0 ? Date.now() + waitSeconds * 1000 : null;
        // While the countdown shows, it says everything main's refusal said, in the user's language.
        set((s) => ({ retryAt, error: retryAt !== null && s.error?.code === 'unlock_delayed' ? null : s.error }));
      } catch {
        // Without an answer there is no countdown; main still refuses attempts during the wait.
      }
    },
    lock() {
      return run(() => api.workspace.lock());
    },
    activity() {
      const now = Date.now();
      if (get().status?.state !== 'open' || now - get().activityReportedAt < ACTIVITY_REPORT_MS) return;
      set({ activityReportedAt: now });
      // A lost report only brings the idle lock sooner, which is the safe side.
      api.workspace.activity().catch(() => {});
    },
    async chooseAnotherFile() {
      const closed = get().status?.state === 'locked' ? await run(() => api.workspace.close()) : true;
      if (closed) get().showWelcome();
      return closed;
    },
  };
});
