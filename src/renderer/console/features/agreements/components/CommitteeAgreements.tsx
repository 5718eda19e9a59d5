import { useShallow } from 'zustand/react/shallow';
import { isOverdue } from '../../../../../shared/domain/agreements.js';
import { Day } from '../../../../components/Day.js';
import { SelectField } from '../../../../components/SelectField.js';
import { useFormatDay } from '../../../../components/formatDay.js';
import { useT } from '../../../../i18n/useT.js';
import { agreementsSelectors } from '../selectors/agreementsSelectors.js';
import { useAgreementsStore } from '../store/agreementsStore.js';
import { ProgressValue } from './ProgressValue.js';
import { StatusBadges } from './StatusBadges.js';

/**
 * A committee's current agreements, for its monthly meeting (cuadro 8: they are read at every
 * meeting and sent with the convocation): open ones, then those closed since its last meeting.
 * Plenary-visible only, decided in main: outsiders and officials sit on committees.
 */
export function CommitteeAgreements() {
  const t = useT();
  const day = useFormatDay();
  const { committees, committeeId, committeeView, today, openCommittee } = useAgreementsStore(useShallow(agreementsSelectors.committee));
  const view = committeeView && committeeView.committee.id === committeeId ? committeeView : null;

  return (
    <div className="stack" data-testid="committee-agreements">
      <div className="committee-agreements-controls">
        <SelectField
          label={t('agreements.committee.choose')}
          testId="committee-agreements-select"
          placeholder={t('common.choose')}
          options={committees.map((c) => ({ value: String(c.id), label: c.name }))}
          value={committeeId === null ? '' : String(committeeId)}
          onChange={(e) => void openCommittee(e.target.value ? Number(e.target.value) : null)}
        />
        <p className="field-hint">{t('agreements.committee.hint')}</p>
      </div>
      {committeeId !== null && !view && <p className="muted">{t('app.loading')}</p>}
      {view && (
        <article className="agr-sheet" aria-labelledby="committee-agreements-title">
          <header className="agr-sheet-head">
            <p className="eyebrow">{t('agreements.committee.eyebrow')}</p>
            <h2 id="committee-agreements-title">{view.committee.name}</h2>
            <p className="agr-sheet-meta" data-testid="committee-agreements-last-meeting">
              {t('agreements.committee.asOf', { date: day(today) })} ·{' '}
              {view.lastMeetingOn
                ? t('agreements.committee.lastMeeting', { date: day(view.lastMeetingOn) })
                : t('agreements.committee.noMeeting')}
            </p>
          </header>
          {view.rows.length === 0 ? (
            <p className="empty">{t('agreements.committee.empty')}</p>
          ) : (
            <ol className="agr-sheet-list">
              {view.rows.map((r) => (
                <li key={r.id} className="agr-sheet-item" data-testid="committee-agreement">
                  <div className="agr-sheet-item-head">
                    <span className="mono agr-sheet-code">{r.code}</span>
                    <StatusBadges status={r.status} overdue={isOverdue(r, today)} />
                    <ProgressValue value={r.progress} />
                  </div>
                  <p className="agr-sheet-text">{r.text}</p>
                  <dl className="agr-sheet-facts">
                    <div>
                      <dt>{t('agreements.col.dueOn')}</dt>
                      <dd>{r.dueOn ? <Day value={r.dueOn} /> : t('agreements.none')}</dd>
                    </div>
                    <div>
                      <dt>{t('agreements.col.responsible')}</dt>
                      <dd>{r.responsible.length > 0 ? r.responsible.join(', ') : t('agreements.none')}</dd>
                    </div>
                    <div>
                      <dt>{t('agreements.col.session')}</dt>
                      <dd>{r.session}</dd>
                    </div>
                  </dl>
                  {r.lastFollowUp && (
                    <p className="agr-sheet-followup">
                      <strong>{t('agreements.committee.lastFollowUp', { date: day(r.lastFollowUp.on) })}</strong>{' '}
                      {r.lastFollowUp.note ?? ''}
                    </p>
                  )}
                </li>
              ))}
            </ol>
          )}
        </article>
      )}
    </div>
  );
}
