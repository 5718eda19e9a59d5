import { useEffect } from 'react';
import { ErrorMessage } from '../../../../components/ErrorMessage.js';
import { errorText } from '../../../../i18n/errorText.js';
import { useT } from '../../../../i18n/useT.js';
import { securitySelectors } from '../selectors/securitySelectors.js';
import { useSecurityStore } from '../store/securityStore.js';
import { AuditLog } from './AuditLog.js';
import { IdleLockSetting } from './IdleLockSetting.js';
import { VerifyWorkspace } from './VerifyWorkspace.js';

/** Beside the workspace's facts and backups: the idle lock, the integrity check and the audit log. */
export function SecurityPanel() {
  const t = useT();
  const load = useSecurityStore(securitySelectors.load);
  const reset = useSecurityStore(securitySelectors.reset);
  const error = useSecurityStore(securitySelectors.error);
  // Read when shown, forgotten when the panel closes (a lock unmounts the whole shell).
  useEffect(() => {
    void load();
    return reset;
  }, [load, reset]);
  return (
    <section className="stack" data-testid="security-panel" aria-labelledby="security-title">
      <h2 id="security-title">{t('security.title')}</h2>
      <ErrorMessage text={error && errorText(t, error)} />
      <IdleLockSetting />
      <VerifyWorkspace />
      <AuditLog />
    </section>
  );
}
