/**
 * The projector window's only door to main: `window.projector`, which can subscribe to the
 * projection and read the current one, nothing else. It never touches the console's API.
 */
import type { ProjectionViewDto, ProjectorBridge, Unsubscribe } from '../../shared/ipc/events.js';

declare global {
  interface Window {
    projector?: ProjectorBridge;
  }
}

function bridge(): ProjectorBridge {
  if (!window.projector) throw new Error('Plenaria no está conectada a esta ventana.');
  return window.projector;
}

export const projector = {
  onProjection: (listener: (view: ProjectionViewDto) => void): Unsubscribe => bridge().onProjection(listener),
  current: (): Promise<ProjectionViewDto> => bridge().current(),
};
