import { useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { useT } from '../../../../i18n/useT.js';
import { minutesSelectors } from '../selectors/minutesSelectors.js';
import { useMinutesStore } from '../store/minutesStore.js';
import { MinutesRefusal } from './MinutesRefusal.js';

/** Signing seals the acta for good: it asks first, and says what that means. */
export function SignControl() {
  const t = useT();
  const { busy, sign } = useMinutesStore(useShallow(minutesSelectors.sign));
  const [confirming, setConfirming] = useState(false);

  return (
    <section className="panel minutes-sign" aria-labelledby="minutes-sign-title">
      <h3 id="minutes-sign-title">{t('minutes.sign.title')}</h3>
      <p className="field-hint">{t('minutes.sign.hint')}</p>
      {!confirming && (
        <div className="actions">
          <button type="button" className="button button-primary" data-testid="minutes-sign" disabled={busy} onClick={() => setConfirming(true)}>
            {t('minutes.sign.open')}
          </button>
        </div>
      )}
      {confirming && (
        <div className="alert-soft minutes-sign-warning" role="alertdialog" aria-labelledby="minutes-sign-question" data-testid="minutes-sign-dialog">
          <p id="minutes-sign-question" className="minutes-sign-question">
            {t('minutes.sign.question')}
          </p>
          <p>{t('minutes.sign.warning')}</p>
          <div className="actions">
            <button
              type="button"
              className="button button-danger"
              data-testid="minutes-sign-confirm"
              disabled={busy}
              onClick={() => void sign().then((done) => done && setConfirming(false))}
            >
              {t('minutes.sign.confirm')}
            </button>
            {/* Focus starts on Cancel: an Enter pressed out of habit must not seal the acta for good. */}
            <button
              type="button"
              className="button button-secondary"
              data-testid="minutes-sign-cancel"
              disabled={busy}
              autoFocus
              onClick={() => setConfirming(false)}
            >
              {t('minutes.sign.cancel')}
            </button>
          </div>
        </div>
      )}
      <MinutesRefusal action="sign" />
    </section>
  );
}
