/** Injected by the browser host into the projector page: subscribe-only, like its preload. */
import { PROJECTOR_GLOBAL } from '../../../shared/ipc/bridge.js';
import type { ProjectionViewDto, ProjectorBridge } from '../../../shared/ipc/events.js';
import { subscribeEvents } from './eventSocket.js';

const bridge: ProjectorBridge = {
  onProjection: (listener) =>
    subscribeEvents('/events?window=projector', 'projection', listener as (p: unknown) => void),
  current: async () => (await (await fetch('/api/projector/current')).json()) as ProjectionViewDto,
};

Object.defineProperty(window, PROJECTOR_GLOBAL, { value: Object.freeze(bridge), writable: false });
