import { useFormatDay } from '../../../../components/formatDay.js';
import type { VoteDto } from '../../../../../shared/ipc/contract.js';
import { useT } from '../../../../i18n/useT.js';
import { VoteOutcome } from './VoteOutcome.js';

/** Valid or not, turnout against the quorum, and the outcome: partial while open, final once closed. */
export function VoteResult({ vote }: { vote: VoteDto }) {
  const t = useT();
  const day = useFormatDay();
  const result = vote.admission ?? vote.election;
  if (!result) return null;
  const open = vote.status === 'open';
  const yes = vote.ballots.filter((b) => b.choice === 'yes').length;
  const no = vote.ballots.filter((b) => b.choice === 'no').length;
  const blank = vote.ballots.filter((b) => b.choice === 'blank').length;

  return (
    <section className={result.valid ? 'result result-valid' : 'result result-invalid'} data-testid="vote-result">
      <div className="result-head">
        <h3 className="result-title">{t(open ? 'vote.partial' : 'vote.final')}</h3>
        <span className={result.valid ? 'badge badge-ok' : 'badge badge-danger'} data-testid="vote-validity">
          {t(result.valid ? 'vote.valid' : 'vote.invalid')}
        </span>
      </div>
      <p className="result-turnout" data-testid="vote-turnout">
        {t('vote.turnout', { voted: result.voted, electorate: vote.electorate, needed: result.quorumNeeded })}
      </p>
      {vote.admission && (
        <p data-testid="vote-tally">
          {t('vote.tallyAdmission', { yes, no })}
        </p>
      )}
      {vote.election && (
        <>
          <ul className="tally" data-testid="vote-tally">
            {vote.candidates.map((c) => (
              <li key={c.personId}>
                <span>{c.name}</span> <strong>{c.votes}</strong>
              </li>
            ))}
            <li>
              <span>{t('vote.blank')}</span> <strong>{blank}</strong>
            </li>
          </ul>
          <p>{t('vote.majorityNeeded', { needed: vote.election.majorityNeeded, voted: vote.election.voted })}</p>
        </>
      )}
      {result.valid ? (
        <p className="result-outcome" data-testid="vote-outcome">
          {t('vote.outcomeLabel')} <VoteOutcome vote={vote} />
        </p>
      ) : (
        <p className="result-outcome" data-testid="vote-outcome">
          {open
            ? t('vote.invalidOpenHint', { missing: result.quorumNeeded - result.voted })
            : t('vote.invalidClosedHint')}
        </p>
      )}
      {vote.reapplyFrom && <p data-testid="vote-reapply">{t('vote.reapplyFrom', { date: day(vote.reapplyFrom) })}</p>}
      {open && <p className="muted">{t('vote.partialHint')}</p>}
    </section>
  );
}
