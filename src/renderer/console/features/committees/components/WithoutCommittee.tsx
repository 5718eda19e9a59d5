import { useShallow } from 'zustand/react/shallow';
import { useFormatDay } from '../../../../components/formatDay.js';
import { useT } from '../../../../i18n/useT.js';
import { committeesSelectors } from '../selectors/committeesSelectors.js';
import { useCommitteesStore } from '../store/committeesStore.js';

/** Every citizen must sit on a committee (3.4.1): those who have gone too long without one. */
export function WithoutCommittee() {
  const t = useT();
  const day = useFormatDay();
  const { withoutCommittee, loaded } = useCommitteesStore(useShallow(committeesSelectors.withoutCommittee));
  if (!loaded) return null;
  if (withoutCommittee.length === 0) {
    return (
      <p className="notice" data-testid="without-committee-none">
        {t('committees.allInCommittee')}
      </p>
    );
  }
  return (
    <div className="warning-box" role="region" aria-label={t('committees.withoutTitle')} data-testid="without-committee">
      <h2 className="warning-title">{t('committees.withoutTitle')}</h2>
      <p>{t('committees.withoutIntro')}</p>
      <ul className="warning-list">
        {withoutCommittee.map((c) => (
          <li key={c.personId} data-testid="without-committee-row">
            <strong>{c.name}</strong> — {t('committees.withoutSince', { date: day(c.since), days: c.days })}
          </li>
        ))}
      </ul>
    </div>
  );
}
