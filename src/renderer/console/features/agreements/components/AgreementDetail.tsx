import { useEffect, useRef } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { ageInDays, isOverdue } from '../../../../../shared/domain/agreements.js';
import { Day } from '../../../../components/Day.js';
import { useT } from '../../../../i18n/useT.js';
import { showSession } from '../navigation.js';
import { agreementsSelectors } from '../selectors/agreementsSelectors.js';
import { useAgreementsStore } from '../store/agreementsStore.js';
import { AgreementHistory } from './AgreementHistory.js';
import { FollowUpTimeline } from './FollowUpTimeline.js';
import { ProgressValue } from './ProgressValue.js';
import { StatusBadges } from './StatusBadges.js';

/** One agreement: where it came from, who answers for it, its follow-up session by session, and its edits. */
export function AgreementDetail() {
  const t = useT();
  const { detail, today, closeDetail } = useAgreementsStore(useShallow(agreementsSelectors.detail));
  const backRef = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    backRef.current?.focus();
    function onKeyDown(event: KeyboardEvent) {
      if (event.key === 'Escape' && !event.defaultPrevented) closeDetail();
    }
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [closeDetail]);

  const back = (
    <button ref={backRef} type="button" className="link-button" data-testid="agreement-back" onClick={closeDetail}>
      {t('agreements.detail.back')}
    </button>
  );
  if (!detail) {
    return (
      <div className="stack">
        {back}
        <p className="muted">{t('app.loading')}</p>
      </div>
    );
  }
  const a = detail.agreement;
  const none = <span className="muted">{t('agreements.none')}</span>;

  return (
    <article className="stack agreement-detail" data-testid="agreement-detail" aria-labelledby="agreement-detail-title">
      {back}
      <header className="agreement-detail-head">
        <p className="eyebrow">{t('agreements.detail.eyebrow')}</p>
        <h2 id="agreement-detail-title" className="agreement-detail-title">
          <span className="mono">{a.code}</span>
          <StatusBadges status={a.status} overdue={isOverdue(a, today)} />
          {detail.visibility === 'citizens' && (
            <span className="badge badge-citizen" data-testid="agreement-visibility">
              {t('agreements.detail.citizensOnly')}
            </span>
          )}
        </h2>
        {detail.visibility === 'citizens' && <p className="citizen-note">{t('agreements.detail.citizensOnlyHint')}</p>}
      </header>
      <p className="agreement-detail-text" data-testid="agreement-text">
        {a.text}
      </p>
      <dl className="agreement-facts">
        <div>
          <dt>{t('agreements.detail.session')}</dt>
          <dd>
            <button
              type="button"
              className="link-button"
              data-testid="agreement-session"
              onClick={() => showSession(detail.session)}
            >
              {detail.session.title}
            </button>
            <span className="cell-sub">
              <Day value={detail.session.date} /> · {t('agreements.ageDays', { days: ageInDays(a, today) })}
            </span>
          </dd>
        </div>
        <div>
          <dt>{t('agreements.col.committee')}</dt>
          <dd>{a.committee ?? <span className="muted">{t('agreements.noCommittee')}</span>}</dd>
        </div>
        <div>
          <dt>{t('agreements.col.responsible')}</dt>
          <dd>{a.responsible.length > 0 ? a.responsible.join(', ') : none}</dd>
        </div>
        <div>
          <dt>{t('agreements.col.dueOn')}</dt>
          <dd>{a.dueOn ? <Day value={a.dueOn} /> : none}</dd>
        </div>
        <div>
          <dt>{t('agreements.col.progress')}</dt>
          <dd>
            <ProgressValue value={a.progress} />
          </dd>
        </div>
      </dl>
      <FollowUpTimeline followUps={detail.followUps} />
      <AgreementHistory history={detail.history} />
    </article>
  );
}
