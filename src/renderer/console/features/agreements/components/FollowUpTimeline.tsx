import type { AgreementFollowUpDto } from '../../../../../shared/ipc/contract.js';
import { Day } from '../../../../components/Day.js';
import { useT } from '../../../../i18n/useT.js';
import { ProgressValue } from './ProgressValue.js';
import { StatusBadges } from './StatusBadges.js';

/** What each later session heard of the agreement, oldest first: the matrix's follow-up columns, unrolled. */
export function FollowUpTimeline({ followUps }: { followUps: readonly AgreementFollowUpDto[] }) {
  const t = useT();
  return (
    <section className="stack" aria-labelledby="agreement-followups-title">
      <h3 id="agreement-followups-title">{t('agreements.detail.followUps', { count: followUps.length })}</h3>
      {followUps.length === 0 ? (
        <p className="empty">{t('agreements.detail.noFollowUps')}</p>
      ) : (
        <ol className="agr-timeline">
          {followUps.map((f) => (
            <li key={f.id} className="agr-timeline-item" data-testid="agreement-followup">
              <div className="agr-timeline-when">
                <Day value={f.on} />
                <span className="cell-sub">{f.session ?? t('agreements.detail.imported')}</span>
              </div>
              <div className="agr-timeline-body">
                <div className="agr-timeline-state">
                  <StatusBadges status={f.status} overdue={false} />
                  <ProgressValue value={f.progress} />
                </div>
                {f.note ? <p className="agr-timeline-note">{f.note}</p> : <p className="muted agr-timeline-note">{t('agreements.detail.noNote')}</p>}
              </div>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
