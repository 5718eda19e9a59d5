import { useEffect, useId, useRef } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { useT } from '../../../../i18n/useT.js';
import { agendaKindLabels } from '../../agenda/agendaText.js';
import { liveSelectors } from '../selectors/liveSelectors.js';
import { useLiveStore } from '../store/liveStore.js';
import { AgreementForm } from './AgreementForm.js';
import { AgreementList } from './AgreementList.js';
import { FollowupReader } from './FollowupReader.js';
import { IndicatorPicker } from './IndicatorPicker.js';
import { ItemNotes } from './ItemNotes.js';

/** What is being dealt with now: its notes for the minutes and the agreements adopted under it. */
export function CurrentItemPanel() {
  const t = useT();
  const item = useLiveStore(liveSelectors.currentItem);
  const { focus, focused } = useLiveStore(useShallow(liveSelectors.focus));
  const headingRef = useRef<HTMLHeadingElement>(null);
  const headingId = useId();
  useEffect(() => {
    if (focus !== 'item') return;
    headingRef.current?.focus();
    focused();
  }, [focus, focused]);
  if (!item) return <p className="empty">{t('live.noCurrentItem')}</p>;
  return (
    <section className="live-item-panel" aria-labelledby={headingId}>
      <header className="live-item-header">
        <p className="eyebrow">{t(agendaKindLabels[item.kind])}</p>
        <h2 id={headingId} className="live-item-heading" data-testid="live-item-title" tabIndex={-1} ref={headingRef}>
          {t('live.itemHeading', { position: item.position, title: item.title })}
        </h2>
        <p className="live-item-facts">
          {item.presenterLabel && <span>{t('agenda.presentedBy', { name: item.presenterLabel })}</span>}
          <span>{t('live.itemMinutes', { minutes: item.minutesAllotted })}</span>
        </p>
      </header>
      {item.kind === 'agreements_followup' && <FollowupReader />}
      {item.kind === 'indicators' && <IndicatorPicker />}
      <div className="live-item-grid">
        <ItemNotes key={item.id} item={item} />
        <div className="live-agreements">
          <AgreementList itemId={item.id} />
          <AgreementForm />
        </div>
      </div>
    </section>
  );
}
