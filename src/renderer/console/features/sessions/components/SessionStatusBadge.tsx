import type { SessionStatus } from '../../../../../shared/domain/sessions.js';
import { useT } from '../../../../i18n/useT.js';
import { sessionStatusLabels } from '../sessionText.js';

const tone: Record<SessionStatus, string> = {
  draft: 'badge-pending',
  convened: 'badge-info',
  live: 'badge-danger',
  closed: 'badge-off',
  signed: 'badge-ok',
};

export function SessionStatusBadge({ status }: { status: SessionStatus }) {
  const t = useT();
  return (
    <span className={`badge ${tone[status]}`} data-testid="session-status" data-status={status}>
      {t(sessionStatusLabels[status])}
    </span>
  );
}
