/**
 * Injected by the browser host into the console page, in place of Electron's preload:
 * builds the same `window.plenaria` over fetch + WebSocket. The session cookie set at
 * /launch authenticates every call.
 */
import { buildRawApi, CONSOLE_GLOBAL, type ConsoleBridge } from '../../../shared/ipc/bridge.js';
import type { EventName } from '../../../shared/ipc/events.js';
import type { Result } from '../../../shared/ipc/result.js';
import { subscribeEvents } from './eventSocket.js';

const lostConnection: Result<never> = {
  ok: false,
  error: { code: 'internal', message: 'Se perdió la conexión con Plenaria. Vuelva a abrir la ventana.' },
};

const bridge: ConsoleBridge = {
  api: buildRawApi(async (domain, method, args) => {
    try {
      const response = await fetch(`/api/${domain}/${method}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ args }),
        credentials: 'same-origin',
      });
      if (!response.ok && response.headers.get('Content-Type') !== 'application/json') return lostConnection;
      return (await response.json()) as Result<unknown>;
    } catch {
      return lostConnection;
    }
  }),
  on: (name, listener) => subscribeEvents('/events', name as EventName, listener as (p: unknown) => void),
};

Object.defineProperty(window, CONSOLE_GLOBAL, { value: Object.freeze(bridge), writable: false });
