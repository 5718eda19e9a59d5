import { useShallow } from 'zustand/react/shallow';
import { Day } from '../../../../components/Day.js';
import { RowButton } from '../../../../components/RowButton.js';
import { useT } from '../../../../i18n/useT.js';
import { votesSelectors } from '../selectors/votesSelectors.js';
import { useVotesStore } from '../store/votesStore.js';
import { voteKindLabels } from '../voteText.js';
import { VoteOutcome } from './VoteOutcome.js';

export function VotesList() {
  const t = useT();
  const { votes, loaded, show } = useVotesStore(useShallow(votesSelectors.list));
  return (
    <>
      <div className="toolbar">
        <h2 className="toolbar-title">{t('votes.title')}</h2>
        <div className="toolbar-actions">
          <button
            type="button"
            className="button button-primary"
            data-testid="vote-new-admission"
            onClick={() => show({ view: 'opening', kind: 'admission' })}
          >
            {t('votes.newAdmission')}
          </button>
          <button
            type="button"
            className="button button-primary"
            data-testid="vote-new-election"
            onClick={() => show({ view: 'opening', kind: 'election' })}
          >
            {t('votes.newElection')}
          </button>
        </div>
      </div>
      <p className="intro">{t('votes.intro')}</p>
      {loaded && votes.length === 0 && <p className="empty">{t('votes.empty')}</p>}
      {votes.length > 0 && (
        <div className="table-wrap">
          <table className="table table-clickable" data-testid="votes-table">
            <thead>
              <tr>
                <th scope="col">{t('votes.col.subject')}</th>
                <th scope="col">{t('votes.col.kind')}</th>
                <th scope="col">{t('votes.col.opens')}</th>
                <th scope="col">{t('votes.col.status')}</th>
                <th scope="col">{t('votes.col.result')}</th>
              </tr>
            </thead>
            <tbody>
              {votes.map((vote) => (
                <tr key={vote.id} data-testid="vote-row" onClick={() => show({ view: 'detail', voteId: vote.id })}>
                  <th scope="row">
                    <RowButton onOpen={() => show({ view: 'detail', voteId: vote.id })}>{vote.subject}</RowButton>
                  </th>
                  <td>{t(voteKindLabels[vote.kind])}</td>
                  <td>
                    <Day value={vote.opensOn} />
                  </td>
                  <td>
                    <span className={vote.status === 'open' ? 'badge badge-pending' : 'badge badge-off'}>
                      {t(vote.status === 'open' ? 'votes.status.open' : 'votes.status.closed')}
                    </span>
                  </td>
                  <td>
                    <VoteOutcome vote={vote} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
