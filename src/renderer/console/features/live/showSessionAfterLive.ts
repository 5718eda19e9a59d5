import type { SessionDto } from '../../../../shared/ipc/contract.js';
import { useSessionsStore } from '../sessions/store/sessionsStore.js';
import { useShellStore } from '../shell/store/shellStore.js';
import { useLiveStore } from './store/liveStore.js';

/** Out of the live console, onto the session's own page (its agenda screen). */
export function showSessionAfterLive(session: SessionDto): void {
  useShellStore.getState().leaveLive();
  useShellStore.getState().go('sesiones');
  useSessionsStore.getState().show({ view: 'session', sessionId: session.id, kind: session.kind });
  useLiveStore.getState().reset();
}
