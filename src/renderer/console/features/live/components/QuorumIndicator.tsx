import { useT } from '../../../../i18n/useT.js';
import { liveSelectors } from '../selectors/liveSelectors.js';
import { useLiveStore } from '../store/liveStore.js';

/** Said in words as well as in colour: "Hay quórum" / "Sin quórum". */
export function QuorumIndicator() {
  const t = useT();
  const quorum = useLiveStore(liveSelectors.quorum);
  if (!quorum) return null;
  return (
    <p className={quorum.met ? 'live-quorum live-quorum-met' : 'live-quorum'} data-testid="live-quorum" data-met={String(quorum.met)} aria-live="polite">
      <strong className="live-quorum-state">{t(quorum.met ? 'live.quorumMet' : 'live.quorumNotMet')}</strong>
      <span>{t('live.quorum', { inRoom: quorum.inRoom, base: quorum.base, required: quorum.required })}</span>
    </p>
  );
}
