import type { ProjectionAgreementDto } from '../../../shared/ipc/events.js';
import { formatDay } from '../format.js';
import type { ProjectorText } from '../text.js';

/** Who answers for an agreement and by when; only what has been filled in. */
export function AgreementMeta({ agreement, t }: { agreement: ProjectionAgreementDto; t: ProjectorText }) {
  const { committee, responsibles, dueOn } = agreement;
  if (committee === null && responsibles.length === 0 && dueOn === null) return null;
  return (
    <dl className="agreement-meta">
      {committee !== null && (
        <div>
          <dt>{t.committee}</dt>
          <dd>{committee}</dd>
        </div>
      )}
      {responsibles.length > 0 && (
        <div>
          <dt>{t.responsibles}</dt>
          <dd>{responsibles.join(', ')}</dd>
        </div>
      )}
      {dueOn !== null && (
        <div>
          <dt>{t.dueOn}</dt>
          <dd>{formatDay(t.locale, dueOn)}</dd>
        </div>
      )}
    </dl>
  );
}
