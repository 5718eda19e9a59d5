import type { ProjectionLiveDto } from '../../../shared/ipc/events.js';
import { projectorText } from '../text.js';
import { AdoptedList } from './AdoptedList.js';
import { AgendaRail } from './AgendaRail.js';
import { CurrentItem } from './CurrentItem.js';
import { DraftAgreement } from './DraftAgreement.js';
import { EstimatedEnd } from './EstimatedEnd.js';
import { FollowupTable } from './FollowupTable.js';
import { IndicatorPanel } from './IndicatorPanel.js';
import { LiveHeader } from './LiveHeader.js';

/**
 * The plenary as the room follows it. The stage gives the current item all the room it can:
 * big when nothing else is on, smaller above the agreements (shortest while one is being
 * drafted: the room reads the draft), compact above the follow-up table.
 */
export function LiveScreen({ live }: { live: ProjectionLiveDto }) {
  const t = projectorText(live.language);
  const { current, draft, adopted, followup, indicator } = live;
  const layout = followup !== null ? 'followup' : indicator !== null ? 'indicator' : draft !== null || adopted.length > 0 ? 'work' : 'hero';
  const minutesAfter = current === null ? 0 : live.agenda.filter((i) => i.position > current.position && i.state !== 'done').reduce((sum, i) => sum + i.minutesAllotted, 0);
  return (
    <main className="live" data-layout={layout} data-drafting={draft !== null ? 'true' : 'false'} data-testid="projector-live" lang={live.language}>
      <LiveHeader mesaName={live.mesaName} sessionTitle={live.sessionTitle} place={live.place} t={t} />
      <AgendaRail agenda={live.agenda} t={t} />
      <div className="stage">
        {current !== null ? (
          <CurrentItem item={current} estimatedEndMs={live.estimatedEndMs} minutesAfter={minutesAfter} t={t} />
        ) : (
          <section className="current current--none">
            <p className="current-title">{t.noCurrentItem}</p>
            <EstimatedEnd estimatedEndMs={live.estimatedEndMs} minutesAfter={0} t={t} />
          </section>
        )}
        {draft !== null && <DraftAgreement draft={draft} t={t} />}
        {followup !== null && <FollowupTable followup={followup} underDraft={draft !== null} t={t} />}
        {indicator !== null && draft === null && <IndicatorPanel indicator={indicator} language={live.language} t={t} />}
        {adopted.length > 0 && <AdoptedList adopted={adopted} compact={draft !== null || followup !== null || indicator !== null} t={t} />}
      </div>
    </main>
  );
}
