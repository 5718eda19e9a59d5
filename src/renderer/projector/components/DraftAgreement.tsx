import type { ProjectionAgreementDto } from '../../../shared/ipc/events.js';
import type { ProjectorText } from '../text.js';
import { AgreementMeta } from './AgreementMeta.js';

/** The longer the agreement grows, the smaller its type, so that it stays whole on the wall. */
function textLength(text: string): 'short' | 'medium' | 'long' {
  return text.length > 160 ? 'long' : text.length > 80 ? 'medium' : 'short';
}

/** The agreement the secretary is typing, keystroke by keystroke, with the code it will have. */
export function DraftAgreement({ draft, t }: { draft: ProjectionAgreementDto; t: ProjectorText }) {
  return (
    <section className="draft" data-testid="projector-draft" data-length={textLength(draft.text)}>
      <header className="draft-head">
        <h3 className="draft-code">
          {t.agreement} <span data-testid="projector-draft-code">{draft.code}</span>
        </h3>
        <span className="draft-badge">{t.capturing}</span>
      </header>
      <p className="draft-text" data-testid="projector-draft-text">
        {draft.text}
      </p>
      <AgreementMeta agreement={draft} t={t} />
    </section>
  );
}
