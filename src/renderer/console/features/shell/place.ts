import { useAgreementsStore, type AgreementsTab } from '../agreements/store/agreementsStore.js';
import { useSessionsStore, type SessionsView } from '../sessions/store/sessionsStore.js';
import { useShellStore, type MembersTab, type Section } from './store/shellStore.js';

/**
 * Where the secretary was when the workspace locked: which section, tab, session or agreement,
 * by id. Never content: that is forgotten at the lock (forgetWorkspaceData) and read again from
 * the workspace after unlocking. A live session needs nothing here, since it is in the file and
 * the shell resumes it on its own.
 */
interface Place {
  path: string;
  section: Section;
  membersTab: MembersTab;
  sessionsView: SessionsView;
  agreements: { tab: AgreementsTab; detailId: number | null; committeeId: number | null };
}

let kept: Place | null = null;

/** Called as the shell closes because the workspace locked (not closed): remembered for the same file only. */
export function keepPlace(path: string): void {
  const shell = useShellStore.getState();
  const agreements = useAgreementsStore.getState();
  kept = {
    path,
    section: shell.section,
    membersTab: shell.membersTab,
    sessionsView: useSessionsStore.getState().view,
    agreements: { tab: agreements.tab, detailId: agreements.detailId, committeeId: agreements.committeeId },
  };
}

/** The workspace closed (or another file opened): there is no place to go back to. */
export function dropPlace(): void {
  kept = null;
}

/**
 * Called as the shell opens, before any section renders: puts the navigation back where the lock
 * found the user (plain state, no calls, so it may run during render, and twice). Returns what
 * must then be read from the workspace again (an agreement's detail, a committee's list), for an effect.
 */
export function restorePlace(path: string): (() => void) | null {
  const place = kept;
  if (!place || place.path !== path) return null;
  useShellStore.setState({ section: place.section, membersTab: place.membersTab });
  useSessionsStore.setState({ view: place.sessionsView });
  const { tab, detailId, committeeId } = place.agreements;
  useAgreementsStore.setState({ tab, detailId, committeeId });
  const agreements = useAgreementsStore.getState();
  if (tab === 'matriz' && detailId !== null) return () => void agreements.openDetail(detailId);
  if (tab === 'comite') return () => void agreements.openCommittee(committeeId);
  return null;
}
