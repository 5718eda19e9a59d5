import { useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { isIsoDay, localToday } from '../../../../../shared/domain/dates.js';
import { sessionTitle } from '../../../../../shared/domain/sessions.js';
import type { MinutesDto, SessionDto } from '../../../../../shared/ipc/contract.js';
import { Day } from '../../../../components/Day.js';
import { SelectField } from '../../../../components/SelectField.js';
import { languageSelectors, useLanguageStore } from '../../../../i18n/languageStore.js';
import { useT } from '../../../../i18n/useT.js';
import { sessionsSelectors } from '../../sessions/selectors/sessionsSelectors.js';
import { useSessionsStore } from '../../sessions/store/sessionsStore.js';
import { minutesSelectors } from '../selectors/minutesSelectors.js';
import { useMinutesStore } from '../store/minutesStore.js';
import { MinutesRefusal } from './MinutesRefusal.js';

const HELD = new Set(['live', 'closed', 'signed']);

/** Where the acta can be approved: a later, held session of the same kind (a plenary's acta, at a later plenary). */
function approvingSessions(minutes: MinutesDto, sessions: SessionDto[]): SessionDto[] {
  const own = sessions.find((s) => s.id === minutes.sessionId);
  return sessions
    .filter(
      (s) =>
        s.kind === minutes.sessionKind &&
        s.committeeId === (own?.committeeId ?? null) &&
        s.scheduledAt > minutes.scheduledAt &&
        HELD.has(s.status),
    )
    .sort((a, b) => a.scheduledAt.localeCompare(b.scheduledAt));
}

/** Records the approval, normally at the next plenary: that session's day, or a day of its own. */
export function ApproveForm({ minutes }: { minutes: MinutesDto }) {
  const t = useT();
  const language = useLanguageStore(languageSelectors.language);
  const { busy, approve } = useMinutesStore(useShallow(minutesSelectors.approve));
  const { sessions } = useSessionsStore(useShallow(sessionsSelectors.list));
  const candidates = approvingSessions(minutes, sessions);
  const [inSessionId, setInSessionId] = useState<number | null>(minutes.approval?.inSessionId ?? null);
  const [on, setOn] = useState(minutes.approval?.on ?? localToday());

  function choose(value: string) {
    const chosen = candidates.find((s) => String(s.id) === value) ?? null;
    setInSessionId(chosen?.id ?? null);
    if (chosen) setOn(chosen.scheduledAt.slice(0, 10));
  }

  return (
    <section className="panel" aria-labelledby="minutes-approve-title">
      <h3 id="minutes-approve-title">{t('minutes.approve.title')}</h3>
      {minutes.approval && (
        <p data-testid="minutes-approval">
          {t(minutes.approval.inSessionTitle ? 'minutes.approve.doneIn' : 'minutes.approve.done', { session: minutes.approval.inSessionTitle ?? '' })}{' '}
          <Day value={minutes.approval.on} />
        </p>
      )}
      <form
        className="minutes-approve-form"
        data-testid="minutes-approve"
        onSubmit={(e) => {
          e.preventDefault();
          void approve(inSessionId, on);
        }}
      >
        <label className="field">
          <span className="field-label">{t('minutes.approve.date')}</span>
          <input
            type="date"
            className="field-input input-small"
            data-testid="minutes-approve-date"
            value={on}
            aria-invalid={isIsoDay(on) ? undefined : true}
            onChange={(e) => setOn(e.target.value)}
          />
        </label>
        <SelectField
          label={t('minutes.approve.session')}
          testId="minutes-approve-session"
          placeholder={t('minutes.approve.noSession')}
          hint={candidates.length === 0 ? t('minutes.approve.noCandidates') : undefined}
          value={inSessionId === null ? '' : String(inSessionId)}
          options={candidates.map((s) => ({ value: String(s.id), label: sessionTitle(s, language) }))}
          onChange={(e) => choose(e.target.value)}
        />
        <div className="actions">
          <button type="submit" className="button button-secondary" data-testid="minutes-approve-submit" disabled={busy || !isIsoDay(on)}>
            {minutes.approval ? t('minutes.approve.correct') : t('minutes.approve.submit')}
          </button>
        </div>
      </form>
      <MinutesRefusal action="approve" />
    </section>
  );
}
