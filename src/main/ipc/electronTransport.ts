import { ipcMain, type IpcMainInvokeEvent, type WebContents } from 'electron';
import { allChannels } from '../../shared/ipc/contract.js';
import { eventChannel, eventNames, PROJECTOR_CURRENT_CHANNEL, projectorEvents, type EventName } from '../../shared/ipc/events.js';
import { fail } from '../../shared/ipc/result.js';
import { CONSOLE_PAGE, isTrustedSender, PROJECTOR_PAGE, type AppPage } from '../security/guards.js';
import type { Services } from '../services/services.js';
import { dispatch } from './dispatch.js';
import type { Handlers } from './handlers.js';

/** The windows' current web contents; a window may not exist yet or may have been closed. */
export interface TransportWindows {
  console(): WebContents | null;
  projector(): WebContents | null;
}

/** The call must come from that window's own web contents, from its main frame, showing its page. */
function isFrom(event: IpcMainInvokeEvent, expected: WebContents | null, page: AppPage): boolean {
  return expected !== null && event.sender === expected && isTrustedSender(event.senderFrame, page);
}

function send(contents: WebContents | null, name: EventName, payload: unknown): void {
  if (contents && !contents.isDestroyed()) contents.send(eventChannel(name), payload);
}

/**
 * Electron's side of the contract: the console may make every call, the projector may only
 * read the current projection; events go to the console, and only `projection` to the projector.
 */
export function registerElectronTransport(services: Services, handlers: Handlers, windows: TransportWindows): void {
  for (const { domain, method, channel } of allChannels()) {
    ipcMain.handle(channel, (event, args: unknown) =>
      isFrom(event, windows.console(), CONSOLE_PAGE)
        ? dispatch(handlers, domain, method, args)
        : fail('forbidden', 'Esta ventana no tiene permiso para usar las funciones de Plenaria.'),
    );
  }
  ipcMain.handle(PROJECTOR_CURRENT_CHANNEL, (event) => {
    // The projector's bridge expects the view itself, not a Result: a refusal is a rejection.
    if (!isFrom(event, windows.projector(), PROJECTOR_PAGE)) throw new Error('forbidden');
    return services.projection.current();
  });
  for (const name of eventNames) {
    services.events.on(name, (payload) => {
      send(windows.console(), name, payload);
      if ((projectorEvents as readonly EventName[]).includes(name)) send(windows.projector(), name, payload);
    });
  }
}
