import { useShallow } from 'zustand/react/shallow';
import { useT } from '../../../../i18n/useT.js';
import { liveSelectors } from '../selectors/liveSelectors.js';
import { useLiveStore } from '../store/liveStore.js';
import { CloseSessionDialog } from './CloseSessionDialog.js';

export function CloseSessionControl() {
  const t = useT();
  const { confirming, askClose } = useLiveStore(useShallow(liveSelectors.close));
  return (
    <>
      <button type="button" className="button button-small button-danger live-close" data-testid="live-close" onClick={askClose}>
        {t('live.close')}
      </button>
      {confirming && <CloseSessionDialog />}
    </>
  );
}
