import { create } from 'zustand';
import { generationGuard } from '../../../stores/guardedCalls.js';
import type { CastBallotDto, OpenVoteDto, PersonDto, VoteDto } from '../../../../../shared/ipc/contract.js';
import type { AppError } from '../../../../../shared/ipc/result.js';
import { api, toAppError } from '../../../../api/api.js';

export type VoteView = { view: 'list' } | { view: 'opening'; kind: 'admission' | 'election' } | { view: 'detail'; voteId: number };

export interface VotesState {
  votes: VoteDto[];
  /** Every citizen: applicants, candidates and electorates are drawn from them. */
  citizens: PersonDto[];
  loaded: boolean;
  view: VoteView;
  busy: boolean;
  error: AppError | null;

  load(): Promise<void>;
  show(view: VoteView): void;
  open(dto: OpenVoteDto): Promise<boolean>;
  cast(dto: CastBallotDto): Promise<boolean>;
  close(voteId: number, closesOn: string): Promise<boolean>;
  reset(): void;
}

export const useVotesStore = create<VotesState>()((set, get) => {
  const guard = generationGuard();

  function replace(vote: VoteDto): void {
    const { votes } = get();
    set({ votes: votes.some((v) => v.id === vote.id) ? votes.map((v) => (v.id === vote.id ? vote : v)) : [vote, ...votes] });
  }

  async function run(call: () => Promise<VoteDto>, after?: (vote: VoteDto) => Promise<void> | void): Promise<boolean> {
    const isCurrent = guard.current();
    set({ busy: true, error: null });
    try {
      const vote = await call();
      if (!isCurrent()) return false;
      replace(vote);
      set({ busy: false });
      await after?.(vote);
      return true;
    } catch (err) {
      if (isCurrent()) set({ busy: false, error: toAppError(err) });
      return false;
    }
  }

  return {
    votes: [],
    citizens: [],
    loaded: false,
    view: { view: 'list' },
    busy: false,
    error: null,

    async load() {
      const isCurrent = guard.current();
      try {
        const [votes, citizens] = await Promise.all([api.votes.list(), api.people.list({ kind: 'citizen' })]);
        if (isCurrent()) set({ votes, citizens, loaded: true });
      } catch (err) {
        if (isCurrent()) set({ error: toAppError(err), loaded: true });
      }
    },
    show(view) {
      set({ view, error: null });
    },
    open(dto) {
      return run(
        () => api.votes.open(dto),
        (vote) => set({ view: { view: 'detail', voteId: vote.id } }),
      );
    },
    cast(dto) {
      return run(() => api.votes.cast(dto));
    },
    close(voteId, closesOn) {
      // An admission changes the applicant's join date: the citizens are read again.
      return run(
        () => api.votes.close({ voteId, closesOn }),
        () => get().load(),
      );
    },
    reset() {
      guard.reset();
      set(useVotesStore.getInitialState(), true);
    },
  };
});
