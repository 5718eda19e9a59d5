import { useAgendaStore } from '../agenda/store/agendaStore.js';
import { useAgreementsStore } from '../agreements/store/agreementsStore.js';
import { useBackupsStore } from '../backups/store/backupsStore.js';
import { useCitizenMeetingStore } from '../citizenMeeting/store/citizenMeetingStore.js';
import { useCommitteesStore } from '../committees/store/committeesStore.js';
import { useComplianceStore } from '../compliance/store/complianceStore.js';
import { useIndicatorsStore } from '../indicators/store/indicatorsStore.js';
import { useLiveStore } from '../live/store/liveStore.js';
import { useMinutesStore } from '../minutes/store/minutesStore.js';
import { usePeopleStore } from '../people/store/peopleStore.js';
import { useRolesStore } from '../roles/store/rolesStore.js';
import { useRulesStore } from '../rules/store/rulesStore.js';
import { useSessionsStore } from '../sessions/store/sessionsStore.js';
import { useVotesStore } from '../votes/store/votesStore.js';
import { useShellStore } from './store/shellStore.js';

/**
 * Everything the feature stores read from the workspace, forgotten at once when the shell
 * closes (lock): names, votes, citizen-only preparation, the live session and the agreements
 * matrix must not outlive the unlocked session in memory or on screen.
 */
export function forgetWorkspaceData(): void {
  useShellStore.getState().reset();
  usePeopleStore.getState().reset();
  useRolesStore.getState().reset();
  useCommitteesStore.getState().reset();
  useComplianceStore.getState().reset();
  useVotesStore.getState().reset();
  useRulesStore.getState().reset();
  useSessionsStore.getState().reset();
  useAgendaStore.getState().reset();
  useCitizenMeetingStore.getState().reset();
  useLiveStore.getState().reset();
  useAgreementsStore.getState().reset();
  useMinutesStore.getState().reset();
  useIndicatorsStore.getState().reset();
  useBackupsStore.getState().reset();
}
