import { useEffect } from 'react';
import { assertNever } from '../../shared/domain/assertNever.js';
import { projectorSelectors, useProjectorStore } from './projectorStore.js';

/** A name, the same in every language: the projector has no language preference to follow. */
const BRAND = 'Plenaria';

/** What the audience sees. Only what main put in the projection reaches this window. */
export function ProjectorView() {
  const start = useProjectorStore(projectorSelectors.start);
  const view = useProjectorStore(projectorSelectors.view);
  useEffect(() => start(), [start]);

  switch (view.screen) {
    case 'neutral':
      return (
        <main className="neutral" data-testid="projector-neutral">
          {view.mesaName !== null ? (
            <h1 className="mesa-name" data-testid="projector-mesa-name">
              {view.mesaName}
            </h1>
          ) : (
            <p className="brand">{BRAND}</p>
          )}
        </main>
      );
    default:
      return assertNever(view.screen);
  }
}
