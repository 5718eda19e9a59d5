import type { Language } from '../../../shared/ipc/contract.js';
import { projectorText } from '../text.js';

/** Key W: the room waits; the Mesa's name stays so the audience knows where it is. */
export function WaitScreen({ mesaName, language }: { mesaName: string; language: Language }) {
  const t = projectorText(language);
  return (
    <main className="wait" data-testid="projector-wait" lang={language}>
      <p className="wait-message">{t.wait}</p>
      <p className="wait-mesa">{mesaName}</p>
    </main>
  );
}
