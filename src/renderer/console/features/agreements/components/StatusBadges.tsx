import type { AgreementStatus } from '../../../../../shared/domain/live.js';
import { useT } from '../../../../i18n/useT.js';
import { statusLabels, statusTones } from '../agreementText.js';

/** The stored status, and "vencido" beside it when the due date has passed: derived, never stored. */
export function StatusBadges({ status, overdue }: { status: AgreementStatus; overdue: boolean }) {
  const t = useT();
  return (
    <span className="agr-status">
      <span className={statusTones[status]}>{t(statusLabels[status])}</span>
      {overdue && (
        <span className="badge badge-danger" data-testid="overdue-badge">
          {t('agreements.overdue')}
        </span>
      )}
    </span>
  );
}
