import type { SessionsState } from '../store/sessionsStore.js';

export const sessionsSelectors = {
  load: (s: SessionsState) => s.load,
  view: (s: SessionsState) => s.view,
  error: (s: SessionsState) => s.error,
  show: (s: SessionsState) => s.show,
  list: (s: SessionsState) => ({ sessions: s.sessions, loaded: s.loaded, show: s.show, open: s.open }),
  warnings: (s: SessionsState) => ({ warnings: s.warnings, sessions: s.sessions, loaded: s.loaded }),
  form: (s: SessionsState) => ({ sessions: s.sessions, committees: s.committees, busy: s.busy, create: s.create, show: s.show }),
  prepare: (s: SessionsState) => ({ busy: s.busy, create: s.create, show: s.show }),
};
