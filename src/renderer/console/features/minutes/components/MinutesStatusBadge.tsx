import type { MinutesStatus } from '../../../../../shared/ipc/contract.js';
import { useT } from '../../../../i18n/useT.js';
import { minutesStatusLabels } from '../minutesText.js';

const tone: Record<MinutesStatus, string> = {
  draft: 'badge-pending',
  approved: 'badge-info',
  signed: 'badge-ok',
};

export function MinutesStatusBadge({ status }: { status: MinutesStatus }) {
  const t = useT();
  return (
    <span className={`badge ${tone[status]}`} data-testid="minutes-status" data-status={status}>
      {t(minutesStatusLabels[status])}
    </span>
  );
}
