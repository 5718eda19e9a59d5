/** Projector window preload: subscribe to the projection, read the current one. Nothing else. */
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { PROJECTOR_GLOBAL } from '../../shared/ipc/bridge.js';
import {
  eventChannel,
  PROJECTOR_CURRENT_CHANNEL,
  type ProjectionViewDto,
  type ProjectorBridge,
} from '../../shared/ipc/events.js';

const bridge: ProjectorBridge = {
  onProjection(listener) {
    const wrapped = (_e: IpcRendererEvent, view: ProjectionViewDto) => listener(view);
    ipcRenderer.on(eventChannel('projection'), wrapped);
    return () => {
      ipcRenderer.off(eventChannel('projection'), wrapped);
    };
  },
  current: () => ipcRenderer.invoke(PROJECTOR_CURRENT_CHANNEL) as Promise<ProjectionViewDto>,
};

contextBridge.exposeInMainWorld(PROJECTOR_GLOBAL, bridge);
