import { useShallow } from 'zustand/react/shallow';
import { useT } from '../../../../i18n/useT.js';
import { securitySelectors } from '../selectors/securitySelectors.js';
import { useSecurityStore } from '../store/securityStore.js';

/** SQLite's integrity check, the foreign keys and the audit chain; a broken chain names its first broken entry. */
export function VerifyWorkspace() {
  const t = useT();
  const { report, busy, verify } = useSecurityStore(useShallow(securitySelectors.verify));
  const problems = report ? [...report.integrity, ...report.foreignKeys, ...report.audit.problems] : [];
  const broken = report?.audit.firstBroken ?? null;
  return (
    <div className="stack" data-testid="verify-workspace">
      <h3>{t('security.verify.title')}</h3>
      <p className="intro">{t('security.verify.intro')}</p>
      <div className="actions">
        <button type="button" className="button" data-testid="verify-run" disabled={busy} onClick={() => void verify()}>
          {t('security.verify.run')}
        </button>
      </div>
      {report?.ok && (
        <p className="notice" role="status" data-testid="verify-ok">
          {t('security.verify.ok', { entries: report.audit.entries })}
        </p>
      )}
      {report && !report.ok && (
        <div className="warning-box" role="alert" data-testid="verify-failed">
          <p>{t('security.verify.failed')}</p>
          {broken && (
            <p data-testid="verify-first-broken">
              {t('security.verify.firstBroken', { id: broken.id, position: broken.position, reason: t(`security.verify.reason.${broken.reason}`) })}
            </p>
          )}
          <ul>
            {problems.map((p) => (
              <li key={p}>{p}</li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}
