/**
 * Electron main: lifecycle and the composition root, the only place that wires things.
 * Deliberately absent: crashReporter (it uploads), auto-update, @electron/remote and
 * shell.openExternal; the app never makes a network connection.
 */
import path from 'node:path';
import { app, BrowserWindow, dialog, Menu, powerMonitor, protocol, session } from 'electron';
import { registerElectronTransport } from './ipc/electronTransport.js';
import { createHandlers } from './ipc/handlers.js';
import { createAppProtocolHandler } from './security/appProtocol.js';
import { contentSecurityPolicy } from './security/csp.js';
import { APP_SCHEME, hardenSession, hardenWebContents } from './security/guards.js';
import { createServices, type Services } from './services/services.js';
import { consoleMenuTemplate, createConsoleWindow } from './windows/consoleWindow.js';
import { createProjectorWindow } from './windows/projectorWindow.js';

// Behind the request filter, keep Chromium's own traffic off too, and let no host name resolve.
for (const flag of ['disable-background-networking', 'disable-component-update', 'disable-domain-reliability', 'no-pings']) {
  app.commandLine.appendSwitch(flag);
}
app.commandLine.appendSwitch('host-resolver-rules', 'MAP * ~NOTFOUND');
app.enableSandbox();
protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } }]);

const packaged = app.isPackaged;
// This file is bundled to dist/main/index.cjs, so __dirname is dist/main (inside the asar when packaged).
const preloadDir = path.join(__dirname, '../preload');
const rendererDir = path.join(__dirname, '../renderer');

const live = (window: BrowserWindow | null) => (window && !window.isDestroyed() ? window.webContents : null);

function start(): void {
  let services: Services | null = null;
  let consoleWindow: BrowserWindow | null = null;
  let projectorWindow: BrowserWindow | null = null;

  const showProjector = (): void => {
    if (projectorWindow) {
      projectorWindow.show();
      return;
    }
    projectorWindow = createProjectorWindow({ preload: path.join(preloadDir, 'projector.cjs'), packaged });
    projectorWindow.on('closed', () => {
      projectorWindow = null;
    });
  };

  app.on('second-instance', () => {
    if (!consoleWindow) return;
    if (consoleWindow.isMinimized()) consoleWindow.restore();
    consoleWindow.focus();
  });
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents));
  // Closing the windows ends the session on every platform: an open workspace must not linger.
  app.on('window-all-closed', () => app.quit());
  app.on('will-quit', () => services?.workspace.close());

  app
    .whenReady()
    .then(() => {
      hardenSession(session.defaultSession, { packaged });
      protocol.handle(APP_SCHEME, createAppProtocolHandler(rendererDir, contentSecurityPolicy()));
      Menu.setApplicationMenu(Menu.buildFromTemplate(consoleMenuTemplate({ isMac: process.platform === 'darwin', packaged, showProjector })));

      // An unattended laptop must not keep the key in memory: suspend and screen lock lock the workspace.
      const ready = createServices({ preferencesDir: app.getPath('userData'), documentsDir: app.getPath('documents'), powerEvents: powerMonitor });
      services = ready;
      registerElectronTransport(ready, createHandlers(ready), {
        console: () => live(consoleWindow),
        projector: () => live(projectorWindow),
      });

      consoleWindow = createConsoleWindow({ preload: path.join(preloadDir, 'app.cjs'), packaged });
      consoleWindow.on('closed', () => {
        consoleWindow = null;
        app.quit();
      });
      showProjector();
    })
    .catch((err: unknown) => {
      console.error('[plenaria] startup failed', err);
      dialog.showErrorBox('Plenaria no pudo iniciar', 'Ocurrió un error al iniciar la aplicación. Ciérrela y vuelva a abrirla; si el problema continúa, informe a soporte técnico.');
      app.exit(1);
    });
}

if (app.requestSingleInstanceLock()) start();
else app.quit();
