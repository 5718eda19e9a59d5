import { useEffect } from 'react';
import { assertNever } from '../../../../../shared/domain/assertNever.js';
import { ErrorMessage } from '../../../../components/ErrorMessage.js';
import { errorText } from '../../../../i18n/errorText.js';
import { useT } from '../../../../i18n/useT.js';
import { committeesSelectors } from '../selectors/committeesSelectors.js';
import { useCommitteesStore } from '../store/committeesStore.js';
import { CommitteeDetail } from './CommitteeDetail.js';
import { CommitteeForm } from './CommitteeForm.js';
import { CommitteesList } from './CommitteesList.js';
import { WithoutCommittee } from './WithoutCommittee.js';

export function CommitteesSection() {
  const t = useT();
  const load = useCommitteesStore(committeesSelectors.load);
  const view = useCommitteesStore(committeesSelectors.view);
  const error = useCommitteesStore(committeesSelectors.error);
  useEffect(() => {
    void load();
  }, [load]);

  function body() {
    switch (view.view) {
      case 'list':
        return (
          <>
            <WithoutCommittee />
            <CommitteesList />
          </>
        );
      case 'form':
        return <CommitteeForm key={view.committeeId ?? 'new'} />;
      case 'detail':
        return <CommitteeDetail />;
      default:
        return assertNever(view);
    }
  }

  return (
    <section className="section stack" data-testid="section-comites">
      <h1>{t('section.comites')}</h1>
      <ErrorMessage text={error && errorText(t, error)} />
      {body()}
    </section>
  );
}
