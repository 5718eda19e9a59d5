import { useEffect } from 'react';
import { assertNever } from '../../shared/domain/assertNever.js';
import { BlackScreen } from './components/BlackScreen.js';
import { LiveScreen } from './components/LiveScreen.js';
import { MatrixScreen } from './components/MatrixScreen.js';
import { NeutralScreen } from './components/NeutralScreen.js';
import { WaitScreen } from './components/WaitScreen.js';
import { projectorSelectors, useProjectorStore } from './projectorStore.js';

/** What the audience sees. Only what main put in the projection reaches this window. */
export function ProjectorView() {
  const start = useProjectorStore(projectorSelectors.start);
  const view = useProjectorStore(projectorSelectors.view);
  useEffect(() => start(), [start]);

  switch (view.screen) {
    case 'neutral':
      return <NeutralScreen mesaName={view.mesaName} />;
    case 'black':
      return <BlackScreen />;
    case 'wait':
      return <WaitScreen mesaName={view.mesaName} language={view.language} />;
    case 'live':
      return <LiveScreen live={view.live} />;
    case 'matrix':
      return <MatrixScreen matrix={view.matrix} />;
    default:
      return assertNever(view);
  }
}
