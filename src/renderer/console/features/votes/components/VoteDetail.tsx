import { useShallow } from 'zustand/react/shallow';
import { Day } from '../../../../components/Day.js';
import { useT } from '../../../../i18n/useT.js';
import { votersOf } from '../electorate.js';
import { votesSelectors } from '../selectors/votesSelectors.js';
import { useVotesStore } from '../store/votesStore.js';
import { voteKindLabels } from '../voteText.js';
import { BallotList } from './BallotList.js';
import { CloseVoteControl } from './CloseVoteControl.js';
import { VoteResult } from './VoteResult.js';

export function VoteDetail() {
  const t = useT();
  const { vote, citizens, show } = useVotesStore(useShallow(votesSelectors.detail));
  const back = (
    <button type="button" className="link-button" data-testid="vote-back" onClick={() => show({ view: 'list' })}>
      {t('votes.back')}
    </button>
  );
  if (!vote) return back;
  const voters = votersOf(vote, citizens);
  return (
    <article className="stack" data-testid="vote-detail">
      {back}
      <header>
        <p className="eyebrow">{t(voteKindLabels[vote.kind])}</p>
        <h2>{vote.subject}</h2>
        <p className="muted">
          {t('votes.opened')} <Day value={vote.opensOn} />
          {vote.closesOn && (
            <>
              {' · '}
              {t('votes.closed')} <Day value={vote.closesOn} />
            </>
          )}
        </p>
      </header>
      <VoteResult vote={vote} />
      <BallotList vote={vote} voters={voters} />
      {vote.status === 'open' && <CloseVoteControl vote={vote} />}
    </article>
  );
}
