import { useState, type FormEvent } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { MAX_IDLE_LOCK_MINUTES, MIN_IDLE_LOCK_MINUTES } from '../../../../../shared/ipc/dto/security.js';
import { Field } from '../../../../components/Field.js';
import { Notice } from '../../../../components/Notice.js';
import { useT } from '../../../../i18n/useT.js';
import { securitySelectors } from '../selectors/securitySelectors.js';
import { useSecurityStore } from '../store/securityStore.js';

/** Minutes without input before the workspace locks itself; kept on this computer, for every workspace. */
export function IdleLockSetting() {
  const t = useT();
  const { minutes, saved, busy, saveIdle } = useSecurityStore(useShallow(securitySelectors.idle));
  const [typed, setTyped] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  if (minutes === null) return null;
  const value = typed ?? String(minutes);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const n = Number(value);
    if (!Number.isInteger(n) || n < MIN_IDLE_LOCK_MINUTES || n > MAX_IDLE_LOCK_MINUTES) {
      setProblem(t('security.idle.problem', { min: MIN_IDLE_LOCK_MINUTES, max: MAX_IDLE_LOCK_MINUTES }));
      return;
    }
    setProblem(null);
    if (await saveIdle(n)) setTyped(null);
  }

  return (
    <form className="form form-inline" noValidate onSubmit={(event) => void submit(event)} data-testid="idle-lock-form">
      <Field
        label={t('security.idle.label')}
        hint={t('security.idle.hint')}
        testId="idle-lock-minutes"
        type="number"
        inputMode="numeric"
        min={MIN_IDLE_LOCK_MINUTES}
        max={MAX_IDLE_LOCK_MINUTES}
        value={value}
        problem={problem}
        onChange={(e) => setTyped(e.target.value)}
      />
      <div className="actions">
        <button type="submit" className="button" data-testid="idle-lock-save" disabled={busy}>
          {t('security.idle.save')}
        </button>
      </div>
      <Notice text={saved && typed === null ? t('security.idle.saved', { minutes }) : null} testId="idle-lock-saved" />
    </form>
  );
}
