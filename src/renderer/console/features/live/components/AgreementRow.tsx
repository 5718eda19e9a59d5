import { useState } from 'react';
import type { AgreementDto } from '../../../../../shared/ipc/contract.js';
import { Day } from '../../../../components/Day.js';
import { useT } from '../../../../i18n/useT.js';

interface AgreementRowProps {
  agreement: AgreementDto;
  editing: boolean;
  onCorrect(): void;
  onRemove(): Promise<boolean>;
}

/** An adopted agreement; its code is what the room hears and the minutes print. */
export function AgreementRow({ agreement: a, editing, onCorrect, onRemove }: AgreementRowProps) {
  const t = useT();
  const [confirming, setConfirming] = useState(false);
  return (
    <li className={editing ? 'live-agreement live-agreement-editing' : 'live-agreement'} data-testid={`agreement-${a.code}`}>
      <p className="live-agreement-code">{a.code}</p>
      <p className="live-agreement-text">{a.text}</p>
      <p className="live-agreement-meta">
        {a.committeeName && <span>{t('live.agreement.committeeOf', { name: a.committeeName })}</span>}
        {a.responsibles.length > 0 && <span>{t('live.agreement.responsiblesOf', { names: a.responsibles.map((r) => r.name).join(', ') })}</span>}
        {a.dueOn && (
          <span>
            {t('live.agreement.dueOf')} <Day value={a.dueOn} />
          </span>
        )}
      </p>
      <div className="live-agreement-actions">
        {confirming ? (
          <>
            <button
              type="button"
              className="button button-small button-danger"
              data-testid={`agreement-remove-confirm-${a.code}`}
              onClick={() => void onRemove().then((removed) => removed || setConfirming(false))}
            >
              {t('live.agreement.removeConfirm', { code: a.code })}
            </button>
            <button type="button" className="button button-small button-secondary" onClick={() => setConfirming(false)}>
              {t('common.cancel')}
            </button>
          </>
        ) : (
          <>
            <button type="button" className="button button-small button-secondary" data-testid={`agreement-edit-${a.code}`} disabled={editing} onClick={onCorrect}>
              {t('live.agreement.correct')}
            </button>
            <button type="button" className="button button-small button-secondary" data-testid={`agreement-remove-${a.code}`} onClick={() => setConfirming(true)}>
              {t('live.agreement.remove')}
            </button>
          </>
        )}
      </div>
    </li>
  );
}
