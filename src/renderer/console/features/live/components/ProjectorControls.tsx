import { useShallow } from 'zustand/react/shallow';
import type { ProjectorMode } from '../../../../../shared/ipc/contract.js';
import type { MessageKey } from '../../../../i18n/translate.js';
import { useT } from '../../../../i18n/useT.js';
import { liveSelectors } from '../selectors/liveSelectors.js';
import { useLiveStore } from '../store/liveStore.js';

const modes: { mode: ProjectorMode; label: MessageKey; keys: string }[] = [
  { mode: 'live', label: 'live.projector.live', keys: 'Escape' },
  { mode: 'black', label: 'live.projector.black', keys: 'B Alt+B' },
  { mode: 'wait', label: 'live.projector.wait', keys: 'W Alt+W' },
];

export function ProjectorControls() {
  const t = useT();
  const { projector, setProjector } = useLiveStore(useShallow(liveSelectors.projector));
  return (
    <div className="live-projector" role="group" aria-label={t('live.projector')}>
      <span className="live-projector-label" aria-hidden="true">
        {t('live.projector')}
      </span>
      {modes.map(({ mode, label, keys }) => (
        <button
          key={mode}
          type="button"
          className="live-projector-button"
          data-testid={`projector-mode-${mode}`}
          aria-pressed={projector === mode}
          aria-keyshortcuts={keys}
          onClick={() => setProjector(mode)}
        >
          {t(label)}
        </button>
      ))}
    </div>
  );
}
