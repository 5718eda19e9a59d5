import { create } from 'zustand';
import { generationGuard } from '../../../stores/guardedCalls.js';
import type { SessionKind } from '../../../../../shared/domain/sessions.js';
import type { CommitteeDto, ConvocationWarning, CreateSessionDto, SessionDto } from '../../../../../shared/ipc/contract.js';
import type { AppError } from '../../../../../shared/ipc/result.js';
import { api, toAppError } from '../../../../api/api.js';

export type SessionsView =
  | { view: 'list' }
  | { view: 'new' }
  /** A plenary or committee meeting opens its agenda builder; a citizen meeting its own screen. */
  | { view: 'session'; sessionId: number; kind: SessionKind }
  /** The minutes of a held session: the acta, or a citizen meeting's minuta. */
  | { view: 'minutes'; sessionId: number; kind: SessionKind };

export interface SessionsState {
  sessions: SessionDto[];
  warnings: ConvocationWarning[];
  /** For the committee meeting form and the warnings' committee names. */
  committees: CommitteeDto[];
  loaded: boolean;
  view: SessionsView;
  busy: boolean;
  error: AppError | null;

  load(): Promise<void>;
  show(view: SessionsView): void;
  open(session: SessionDto): void;
  /** Creates the session and opens it. */
  create(input: CreateSessionDto): Promise<boolean>;
  reset(): void;
}

export const useSessionsStore = create<SessionsState>()((set, get) => {
  const guard = generationGuard();
  return {
    sessions: [],
    warnings: [],
    committees: [],
    loaded: false,
    view: { view: 'list' },
    busy: false,
    error: null,

    async load() {
      const isCurrent = guard.current();
      try {
        const [sessions, warnings, committees] = await Promise.all([
          api.sessions.list(),
          api.sessions.warnings(),
          api.committees.list(),
        ]);
        if (isCurrent()) set({ sessions, warnings, committees, loaded: true });
      } catch (err) {
        if (isCurrent()) set({ error: toAppError(err), loaded: true });
      }
    },
    show(view) {
      set({ view, error: null });
      // Back at the list, statuses and warnings may have changed inside a session.
      if (view.view === 'list') void get().load();
    },
    open(session) {
      get().show({ view: 'session', sessionId: session.id, kind: session.kind });
    },
    async create(input) {
      const isCurrent = guard.current();
      set({ busy: true, error: null });
      try {
        const session = await api.sessions.create(input);
        if (!isCurrent()) return false;
        set((s) => ({ busy: false, sessions: [...s.sessions, session] }));
        get().open(session);
        return true;
      } catch (err) {
        if (isCurrent()) set({ busy: false, error: toAppError(err) });
        return false;
      }
    },
    reset() {
      guard.reset();
      set(useSessionsStore.getInitialState(), true);
    },
  };
});
