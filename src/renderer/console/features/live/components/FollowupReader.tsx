import { useEffect, useId } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { Day } from '../../../../components/Day.js';
import { useT } from '../../../../i18n/useT.js';
import { nextUnrecorded } from '../liveForms.js';
import { agreementStatusLabels } from '../liveText.js';
import { liveSelectors } from '../selectors/liveSelectors.js';
import { useLiveStore } from '../store/liveStore.js';
import { FollowupForm } from './FollowupForm.js';

/** The open agreements of earlier sessions, read one by one (Alt+↓ / Alt+↑), each with its follow-up. */
export function FollowupReader() {
  const t = useT();
  const { rows, followupId, showFollowup, stepFollowup } = useLiveStore(useShallow(liveSelectors.followups));
  const titleId = useId();
  const index = rows.findIndex((r) => r.agreementId === followupId);
  useEffect(() => {
    // Reading starts where it was left, else at the first agreement nobody has recorded.
    if (rows.length > 0 && index < 0) showFollowup((nextUnrecorded(rows, null) ?? rows[0]!).agreementId);
  }, [rows, index, showFollowup]);

  if (rows.length === 0) return <p className="empty">{t('live.followup.empty')}</p>;
  const row = rows[index];
  if (!row) return null;
  const recorded = rows.filter((r) => r.recorded !== null).length;
  return (
    <section className="live-followup" aria-labelledby={titleId}>
      <div className="toolbar">
        <h3 id={titleId} className="toolbar-title">
          {t('live.followup.title')}
        </h3>
        <p className="live-followup-counter" data-testid="followup-counter">
          {t('live.followup.counter', { index: index + 1, total: rows.length })}
          <span className="muted"> · {t('live.followup.recordedCount', { count: recorded })}</span>
        </p>
        <div className="toolbar-actions">
          <button type="button" className="button button-small button-secondary" data-testid="followup-previous" aria-keyshortcuts="Alt+ArrowUp" disabled={index === 0} onClick={() => stepFollowup(-1)}>
            {t('live.followup.previous')}
          </button>
          <button type="button" className="button button-small button-secondary" data-testid="followup-next" aria-keyshortcuts="Alt+ArrowDown" disabled={index === rows.length - 1} onClick={() => stepFollowup(1)}>
            {t('live.followup.next')}
          </button>
        </div>
      </div>
      <ol className="followup-strip" aria-label={t('live.followup.listLabel')}>
        {rows.map((r) => (
          <li key={r.agreementId}>
            <button
              type="button"
              className="followup-chip"
              data-testid={`followup-row-${r.agreementId}`}
              data-recorded={String(r.recorded !== null)}
              aria-current={r.agreementId === followupId ? 'true' : undefined}
              onClick={() => showFollowup(r.agreementId)}
            >
              {r.recorded !== null && <span aria-hidden="true">✓ </span>}
              {r.code}
              {r.recorded !== null && <span className="visually-hidden"> · {t('live.followup.recorded')}</span>}
            </button>
          </li>
        ))}
      </ol>
      <article className="followup-current" data-testid="followup-current" data-code={row.code} data-recorded={String(row.recorded !== null)}>
        <p className="live-agreement-code">
          {row.code}
          {row.recorded !== null && (
            <span className="badge badge-ok badge-spaced" data-testid="followup-recorded">
              {t('live.followup.recorded')}
            </span>
          )}
        </p>
        <p className="followup-text">{row.text}</p>
        <p className="live-agreement-meta">
          <span>{t('live.followup.standing', { status: t(agreementStatusLabels[row.status]), progress: row.progress })}</span>
          {row.committeeName && <span>{t('live.agreement.committeeOf', { name: row.committeeName })}</span>}
          {row.responsible && <span>{t('live.agreement.responsiblesOf', { names: row.responsible })}</span>}
          {row.dueOn && (
            <span>
              {t('live.agreement.dueOf')} <Day value={row.dueOn} />
            </span>
          )}
        </p>
      </article>
      <FollowupForm />
    </section>
  );
}
