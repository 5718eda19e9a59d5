/** Console window preload: the full API as named methods, and event subscription. Nothing else. */
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { buildRawApi, CONSOLE_GLOBAL, type ConsoleBridge } from '../../shared/ipc/bridge.js';
import { channelOf } from '../../shared/ipc/contract.js';
import { eventChannel, eventNames, type EventName } from '../../shared/ipc/events.js';
import type { Result } from '../../shared/ipc/result.js';

const bridge: ConsoleBridge = {
  api: buildRawApi((domain, method, args) => ipcRenderer.invoke(channelOf(domain, method), args) as Promise<Result<unknown>>),
  on(name, listener) {
    if (!(eventNames as readonly string[]).includes(name)) throw new Error(`unknown event ${String(name)}`);
    const channel = eventChannel(name as EventName);
    const wrapped = (_e: IpcRendererEvent, payload: unknown) => listener(payload as never);
    ipcRenderer.on(channel, wrapped);
    return () => {
      ipcRenderer.off(channel, wrapped);
    };
  },
};

contextBridge.exposeInMainWorld(CONSOLE_GLOBAL, bridge);
