import { useEffect } from 'react';
import { assertNever } from '../../../../../shared/domain/assertNever.js';
import { ErrorMessage } from '../../../../components/ErrorMessage.js';
import { errorText } from '../../../../i18n/errorText.js';
import { useT } from '../../../../i18n/useT.js';
import { votesSelectors } from '../selectors/votesSelectors.js';
import { useVotesStore } from '../store/votesStore.js';
import { OpenVoteForm } from './OpenVoteForm.js';
import { VoteDetail } from './VoteDetail.js';
import { VotesList } from './VotesList.js';

/** Votaciones: admissions and elections, their ballots and their results. */
export function VotesTab() {
  const t = useT();
  const load = useVotesStore(votesSelectors.load);
  const view = useVotesStore(votesSelectors.view);
  const error = useVotesStore(votesSelectors.error);
  useEffect(() => {
    void load();
  }, [load]);

  const alert = <ErrorMessage text={error && errorText(t, error)} />;
  switch (view.view) {
    case 'list':
      return (
        <div className="stack">
          {alert}
          <VotesList />
        </div>
      );
    case 'opening':
      return (
        <div className="stack">
          <OpenVoteForm key={view.kind} kind={view.kind} />
          {alert}
        </div>
      );
    case 'detail':
      return (
        <div className="stack">
          {alert}
          <VoteDetail />
        </div>
      );
    default:
      return assertNever(view);
  }
}
