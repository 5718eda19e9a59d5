import type { AppEvents, EventName } from '../../shared/ipc/events.js';

type Listener<E extends EventName> = (payload: AppEvents[E]) => void;

/** Main-side publish/subscribe; each transport (Electron IPC, browser host) forwards to its windows. */
export class EventBus {
  private listeners = new Map<EventName, Set<Listener<EventName>>>();

  on<E extends EventName>(name: E, listener: Listener<E>): () => void {
    const set = this.listeners.get(name) ?? new Set();
    set.add(listener as Listener<EventName>);
    this.listeners.set(name, set);
    return () => set.delete(listener as Listener<EventName>);
  }

  emit<E extends EventName>(name: E, payload: AppEvents[E]): void {
    for (const listener of this.listeners.get(name) ?? []) listener(payload);
  }
}
