/** Events main pushes to the windows. The projector window may subscribe to `projection` only. */

import type { ProjectionViewDto } from './dto/projection.js';

export type * from './dto/projection.js';

export interface AppEvents {
  /** The workspace state changed (opened, locked, closed) — console only. */
  workspace: { state: 'closed' | 'locked' | 'open' };
  projection: ProjectionViewDto;
}

export type EventName = keyof AppEvents;
export const eventNames = ['workspace', 'projection'] as const satisfies readonly EventName[];
export const projectorEvents = ['projection'] as const satisfies readonly EventName[];

export const eventChannel = (name: EventName): string => `event:${name}`;
/** The projector's only call: the current view, when it opens mid-session. */
export const PROJECTOR_CURRENT_CHANNEL = 'projector:current';

/** The console window's API (full) and the projector's (subscribe only). */
export type Unsubscribe = () => void;
export interface EventSource {
  on<E extends EventName>(name: E, listener: (payload: AppEvents[E]) => void): Unsubscribe;
}
export interface ProjectorBridge {
  onProjection(listener: (view: ProjectionViewDto) => void): Unsubscribe;
  /** The current view, so a projector opened mid-session shows the right screen at once. */
  current(): Promise<ProjectionViewDto>;
}
