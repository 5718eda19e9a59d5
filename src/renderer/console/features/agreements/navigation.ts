import type { SessionKind } from '../../../../shared/domain/sessions.js';
import { useSessionsStore } from '../sessions/store/sessionsStore.js';
import { useShellStore } from '../shell/store/shellStore.js';
import { useAgreementsStore } from './store/agreementsStore.js';

/** From an agreement to the session that adopted it: that session's own screen (its agenda). */
export function showSession(session: { id: number; kind: SessionKind }): void {
  useShellStore.getState().go('sesiones');
  useSessionsStore.getState().show({ view: 'session', sessionId: session.id, kind: session.kind });
}

/** From a committee's page to its current agreements, the list its monthly meeting reads. */
export function showCommitteeAgreements(committeeId: number): void {
  useShellStore.getState().go('acuerdos');
  void useAgreementsStore.getState().openCommittee(committeeId);
}
