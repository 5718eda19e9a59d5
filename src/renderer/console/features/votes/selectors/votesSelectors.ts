import type { VoteDto } from '../../../../../shared/ipc/contract.js';
import type { VotesState } from '../store/votesStore.js';

function selected(s: VotesState): VoteDto | null {
  const { view } = s;
  return view.view === 'detail' ? (s.votes.find((v) => v.id === view.voteId) ?? null) : null;
}

export const votesSelectors = {
  load: (s: VotesState) => s.load,
  view: (s: VotesState) => s.view,
  error: (s: VotesState) => s.error,
  list: (s: VotesState) => ({ votes: s.votes, loaded: s.loaded, show: s.show }),
  opening: (s: VotesState) => ({ citizens: s.citizens, busy: s.busy, open: s.open, show: s.show }),
  detail: (s: VotesState) => ({ vote: selected(s), citizens: s.citizens, busy: s.busy, show: s.show }),
  cast: (s: VotesState) => ({ busy: s.busy, cast: s.cast }),
  close: (s: VotesState) => ({ busy: s.busy, close: s.close }),
};
