import { create } from 'zustand';
import { generationGuard, runChange } from '../../../stores/guardedCalls.js';
import type {
  CitizenWithoutCommitteeDto,
  CommitteeDto,
  CommitteeInputDto,
  PersonDto,
} from '../../../../../shared/ipc/contract.js';
import type { AppError } from '../../../../../shared/ipc/result.js';
import { api, toAppError } from '../../../../api/api.js';

export type CommitteeView =
  | { view: 'list' }
  | { view: 'form'; committeeId: number | null }
  | { view: 'detail'; committeeId: number };

export interface CommitteesState {
  committees: CommitteeDto[];
  withoutCommittee: CitizenWithoutCommitteeDto[];
  /** Active people: coordinators (citizens) and members (anyone, collaborators included). */
  people: PersonDto[];
  loaded: boolean;
  view: CommitteeView;
  busy: boolean;
  error: AppError | null;

  load(): Promise<void>;
  show(view: CommitteeView): void;
  save(input: CommitteeInputDto): Promise<boolean>;
  addMember(committeeId: number, personId: number, joinedOn: string): Promise<boolean>;
  removeMember(committeeId: number, personId: number, leftOn: string): Promise<boolean>;
  reset(): void;
}

export const useCommitteesStore = create<CommitteesState>()((set, get) => {
  const guard = generationGuard();

  /** A change, then a full read: memberships move the "without committee" flag too. */
  function change(call: () => Promise<CommitteeDto>, after?: (c: CommitteeDto) => void): Promise<boolean> {
    return runChange({ set, reload: () => get().load() }, guard.current(), call, after);
  }

  return {
    committees: [],
    withoutCommittee: [],
    people: [],
    loaded: false,
    view: { view: 'list' },
    busy: false,
    error: null,

    async load() {
      const isCurrent = guard.current();
      try {
        const [committees, withoutCommittee, people] = await Promise.all([
          api.committees.list(),
          api.committees.citizensWithoutCommittee(),
          api.people.list({ active: true }),
        ]);
        if (isCurrent()) set({ committees, withoutCommittee, people, loaded: true });
      } catch (err) {
        if (isCurrent()) set({ error: toAppError(err), loaded: true });
      }
    },
    show(view) {
      set({ view, error: null });
    },
    save(input) {
      const { view } = get();
      if (view.view !== 'form') return Promise.resolve(false);
      const { committeeId } = view;
      return change(
        () => (committeeId === null ? api.committees.create(input) : api.committees.update({ id: committeeId, committee: input })),
        (saved) => set({ view: { view: 'detail', committeeId: saved.id } }),
      );
    },
    addMember(committeeId, personId, joinedOn) {
      return change(() => api.committees.addMember({ committeeId, personId, joinedOn }));
    },
    removeMember(committeeId, personId, leftOn) {
      return change(() => api.committees.removeMember({ committeeId, personId, leftOn }));
    },
    reset() {
      guard.reset();
      set(useCommitteesStore.getInitialState(), true);
    },
  };
});
