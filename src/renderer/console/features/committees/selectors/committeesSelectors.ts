import type { CommitteeDto } from '../../../../../shared/ipc/contract.js';
import type { CommitteesState } from '../store/committeesStore.js';

function current(s: CommitteesState): CommitteeDto | null {
  const { view } = s;
  if (view.view === 'list' || view.committeeId === null) return null;
  return s.committees.find((c) => c.id === view.committeeId) ?? null;
}

export const committeesSelectors = {
  load: (s: CommitteesState) => s.load,
  view: (s: CommitteesState) => s.view,
  error: (s: CommitteesState) => s.error,
  list: (s: CommitteesState) => ({ committees: s.committees, loaded: s.loaded, show: s.show }),
  withoutCommittee: (s: CommitteesState) => ({ withoutCommittee: s.withoutCommittee, loaded: s.loaded }),
  form: (s: CommitteesState) => ({ committee: current(s), people: s.people, busy: s.busy, save: s.save, show: s.show }),
  detail: (s: CommitteesState) => ({ committee: current(s), show: s.show }),
  members: (s: CommitteesState) => ({
    people: s.people,
    busy: s.busy,
    addMember: s.addMember,
    removeMember: s.removeMember,
  }),
};
