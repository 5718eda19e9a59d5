import type { ProjectionAgreementDto } from '../../../shared/ipc/events.js';
import type { ProjectorText } from '../text.js';
import { AgreementMeta } from './AgreementMeta.js';

/**
 * The agreements already adopted under this item, the latest first: it is the one the room
 * just heard. Under an agreement being drafted, each takes one line (its code and the start
 * of its text).
 */
export function AdoptedList({ adopted, compact, t }: { adopted: ProjectionAgreementDto[]; compact: boolean; t: ProjectorText }) {
  return (
    <section className="adopted" data-compact={compact ? 'true' : 'false'}>
      <div className="adopted-inner">
        <h3 className="section-heading">{t.adopted}</h3>
        <ol className="adopted-list">
          {[...adopted].reverse().map((a) => (
            <li key={a.code} className="adopted-item" data-testid={`projector-adopted-${a.code}`}>
              <span className="adopted-code">{a.code}</span>
              <div className="adopted-body">
                <p className="adopted-text">{a.text}</p>
                <AgreementMeta agreement={a} t={t} />
              </div>
            </li>
          ))}
        </ol>
      </div>
    </section>
  );
}
