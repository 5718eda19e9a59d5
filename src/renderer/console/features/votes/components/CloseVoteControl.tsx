import { useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { isIsoDay, localToday } from '../../../../../shared/domain/dates.js';
import type { VoteDto } from '../../../../../shared/ipc/contract.js';
import { Field } from '../../../../components/Field.js';
import { useT } from '../../../../i18n/useT.js';
import { votesSelectors } from '../selectors/votesSelectors.js';
import { useVotesStore } from '../store/votesStore.js';

export function CloseVoteControl({ vote }: { vote: VoteDto }) {
  const t = useT();
  const { busy, close } = useVotesStore(useShallow(votesSelectors.close));
  const [closesOn, setClosesOn] = useState(() => {
    const today = localToday();
    return today < vote.opensOn ? vote.opensOn : today;
  });
  const valid = isIsoDay(closesOn) && closesOn >= vote.opensOn;
  return (
    <section className="panel" data-testid="vote-close-panel">
      <h3>{t('vote.closeTitle')}</h3>
      <p className="field-hint">{t('vote.closeHint')}</p>
      <div className="inline-form">
        <Field
          label={t('vote.closesOn')}
          testId="vote-close-date"
          type="date"
          min={vote.opensOn}
          value={closesOn}
          problem={valid ? null : t('vote.problem.closes')}
          onChange={(e) => setClosesOn(e.target.value)}
        />
        <button
          type="button"
          className="button button-primary"
          data-testid="vote-close"
          disabled={!valid || busy}
          onClick={() => void close(vote.id, closesOn)}
        >
          {t('vote.close')}
        </button>
      </div>
    </section>
  );
}
