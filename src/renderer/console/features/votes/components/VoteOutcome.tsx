import type { VoteDto } from '../../../../../shared/ipc/contract.js';
import { useT } from '../../../../i18n/useT.js';

/** The result in a few words: valid or not, and what was decided. */
export function VoteOutcome({ vote }: { vote: VoteDto }) {
  const t = useT();
  const invalid = (
    <span className="badge badge-danger">{t(vote.status === 'open' ? 'vote.noQuorumYet' : 'vote.invalid')}</span>
  );
  if (vote.admission) {
    const { outcome } = vote.admission;
    if (outcome === 'invalid') return invalid;
    return (
      <span className={outcome === 'admitted' ? 'badge badge-ok' : 'badge badge-danger'}>
        {t(outcome === 'admitted' ? 'vote.outcome.admitted' : 'vote.outcome.rejected')}
      </span>
    );
  }
  if (vote.election) {
    const { outcome, winner } = vote.election;
    if (outcome === 'invalid') return invalid;
    if (outcome === 'no_majority') return <span className="badge badge-pending">{t('vote.outcome.no_majority')}</span>;
    const name = vote.candidates.find((c) => c.personId === winner)?.name ?? '';
    return <span className="badge badge-ok">{t('vote.outcome.elected', { name })}</span>;
  }
  return null;
}
