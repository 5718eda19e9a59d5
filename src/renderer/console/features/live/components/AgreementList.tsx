import { useId } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { useT } from '../../../../i18n/useT.js';
import { liveSelectors } from '../selectors/liveSelectors.js';
import { useLiveStore } from '../store/liveStore.js';
import { AgreementRow } from './AgreementRow.js';

/** The agreements adopted under the current item. */
export function AgreementList({ itemId }: { itemId: number }) {
  const t = useT();
  const { agreements, editing, correctAgreement, removeAgreement } = useLiveStore(useShallow(liveSelectors.agreements));
  const titleId = useId();
  const here = agreements.filter((a) => a.agendaItemId === itemId);
  return (
    <section className="live-agreement-list" aria-labelledby={titleId}>
      <h3 id={titleId}>{t('live.agreements.title', { count: here.length })}</h3>
      {here.length === 0 ? (
        <p className="muted">{t('live.agreements.empty')}</p>
      ) : (
        <ul className="live-agreement-rows">
          {here.map((a) => (
            <AgreementRow
              key={a.id}
              agreement={a}
              editing={editing === a.id}
              onCorrect={() => correctAgreement(a)}
              onRemove={() => removeAgreement(a.id)}
            />
          ))}
        </ul>
      )}
    </section>
  );
}
