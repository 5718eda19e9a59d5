import type { EventName } from '../../../shared/ipc/events.js';

type Listener = (payload: unknown) => void;

const RECONNECT_MS = 1000;
const sockets = new Map<string, { listeners: Map<EventName, Set<Listener>> }>();

/** One WebSocket per path, reconnecting, shared by every subscriber of the page. */
export function subscribeEvents(path: string, name: EventName, listener: Listener): () => void {
  let entry = sockets.get(path);
  if (!entry) {
    const created = { listeners: new Map<EventName, Set<Listener>>() };
    sockets.set(path, created);
    connect(path, created.listeners);
    entry = created;
  }
  const set = entry.listeners.get(name) ?? new Set<Listener>();
  set.add(listener);
  entry.listeners.set(name, set);
  return () => set.delete(listener);
}

function connect(path: string, listeners: Map<EventName, Set<Listener>>): void {
  const ws = new WebSocket(`ws://${location.host}${path}`);
  ws.onmessage = (event) => {
    const { name, payload } = JSON.parse(String(event.data)) as { name: EventName; payload: unknown };
    for (const l of listeners.get(name) ?? []) l(payload);
  };
  ws.onclose = () => setTimeout(() => connect(path, listeners), RECONNECT_MS);
}
