import { create } from 'zustand';
import type { ProjectionViewDto, Unsubscribe } from '../../shared/ipc/events.js';
import { projector } from '../api/projector.js';

interface ProjectorState {
  view: ProjectionViewDto;
  /** Follows main's projection and asks for the current one; returns the unsubscribe. */
  start(): Unsubscribe;
}

export const useProjectorStore = create<ProjectorState>()((set) => ({
  // Until main answers, the audience sees the neutral screen without a name.
  view: { screen: 'neutral', mesaName: null },
  start() {
    // An event is newer than the answer to current(): once one arrives, that answer is stale.
    let heard = false;
    const unsubscribe = projector.onProjection((view) => {
      heard = true;
      set({ view });
    });
    projector.current().then(
      (view) => {
        if (!heard) set({ view });
      },
      () => {
        // The neutral screen stays; the next projection event brings the real one.
      },
    );
    return unsubscribe;
  },
}));

export const projectorSelectors = {
  view: (s: ProjectorState) => s.view,
  start: (s: ProjectorState) => s.start,
};
