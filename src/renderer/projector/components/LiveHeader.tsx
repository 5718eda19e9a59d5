import type { ProjectorText } from '../text.js';
import { Clock } from './Clock.js';

export function LiveHeader({ mesaName, sessionTitle, place, t }: { mesaName: string; sessionTitle: string; place: string | null; t: ProjectorText }) {
  return (
    <header className="live-header">
      <div className="live-heading">
        <p className="live-mesa">{mesaName}</p>
        <h1 className="live-title">
          <span data-testid="projector-session-title">{sessionTitle}</span>
          {place !== null && place.trim() !== '' && <span className="live-place">{place}</span>}
        </h1>
      </div>
      <Clock locale={t.locale} />
    </header>
  );
}
