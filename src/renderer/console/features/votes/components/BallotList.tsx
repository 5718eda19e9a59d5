import { useId } from 'react';
import { useShallow } from 'zustand/react/shallow';
import type { BallotDto, VoteDto } from '../../../../../shared/ipc/contract.js';
import { useT } from '../../../../i18n/useT.js';
import type { Voter } from '../electorate.js';
import { votesSelectors } from '../selectors/votesSelectors.js';
import { useVotesStore } from '../store/votesStore.js';

interface Choice {
  key: string;
  label: string;
  testId: string;
  choice: BallotDto['choice'];
  candidateId: number | null;
}

const sameChoice = (ballot: BallotDto | undefined, choice: Choice) =>
  ballot !== undefined && ballot.choice === choice.choice && ballot.candidateId === choice.candidateId;

/** One row per voter, with the ballot main holds and, while open, the buttons to record it. */
export function BallotList({ vote, voters }: { vote: VoteDto; voters: Voter[] }) {
  const t = useT();
  const { busy, cast } = useVotesStore(useShallow(votesSelectors.cast));
  const titleId = useId();
  const open = vote.status === 'open';
  const choices: Choice[] =
    vote.kind === 'admission'
      ? [
          { key: 'yes', label: t('vote.yes'), testId: 'ballot-yes', choice: 'yes', candidateId: null },
          { key: 'no', label: t('vote.no'), testId: 'ballot-no', choice: 'no', candidateId: null },
        ]
      : [
          ...vote.candidates.map((c) => ({
            key: `c${c.personId}`,
            label: c.name,
            testId: `ballot-candidate-${c.personId}`,
            choice: 'yes' as const,
            candidateId: c.personId,
          })),
          { key: 'blank', label: t('vote.blank'), testId: 'ballot-blank', choice: 'blank', candidateId: null },
        ];

  return (
    <section className="stack" aria-labelledby={titleId}>
      <h3 id={titleId}>{t('vote.ballotsTitle', { cast: vote.ballots.length, voters: voters.length })}</h3>
      {open && <p className="field-hint">{t('vote.ballotsHint')}</p>}
      <ul className="ballots">
        {voters.map((voter) => {
          const ballot = vote.ballots.find((b) => b.personId === voter.personId);
          const recorded = choices.find((c) => sameChoice(ballot, c));
          return (
            <li key={voter.personId} className="ballot" data-testid="ballot-row" data-voted={ballot !== undefined}>
              <span className="ballot-name">{voter.name}</span>
              {open ? (
                <span className="ballot-choices" role="group" aria-label={t('vote.ballotFor', { name: voter.name })}>
                  {choices.map((choice) => (
                    <button
                      key={choice.key}
                      type="button"
                      className="choice"
                      data-testid={choice.testId}
                      aria-pressed={sameChoice(ballot, choice)}
                      disabled={busy}
                      onClick={() =>
                        void cast({ voteId: vote.id, personId: voter.personId, choice: choice.choice, candidateId: choice.candidateId })
                      }
                    >
                      {choice.label}
                    </button>
                  ))}
                </span>
              ) : (
                <span className={recorded ? 'ballot-recorded' : 'ballot-recorded muted'}>
                  {recorded ? recorded.label : t('vote.didNotVote')}
                </span>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
