import { BrowserWindow, type MenuItemConstructorOptions } from 'electron';
import { appPageUrl, CONSOLE_PAGE } from '../security/guards.js';
import { secureWebPreferences, type WindowSecurityOptions } from '../security/webPreferences.js';

const BACKGROUND = '#ffffff';

/** The secretary's window: the full API, behind the same hardening as every window. */
export function createConsoleWindow(security: WindowSecurityOptions): BrowserWindow {
  const window = new BrowserWindow({
    title: 'Plenaria',
    width: 1280,
    height: 800,
    minWidth: 960,
    minHeight: 600,
    show: false,
    backgroundColor: BACKGROUND,
    webPreferences: secureWebPreferences(security),
  });
  window.once('ready-to-show', () => window.show());
  window.loadURL(appPageUrl(CONSOLE_PAGE)).catch((err: unknown) => console.error('[plenaria] console did not load', err));
  return window;
}

/**
 * Built from roles only: Electron's default menu has Help entries that open web pages.
 * Keeps the edit shortcuts (macOS needs them in a menu) and zoom for a room's screen.
 */
export function consoleMenuTemplate({
  isMac,
  packaged,
  showProjector,
}: {
  isMac: boolean;
  packaged: boolean;
  /** Brings back the audience's window after someone closed it. */
  showProjector: () => void;
}): MenuItemConstructorOptions[] {
  const view: MenuItemConstructorOptions[] = [
    { label: 'Mostrar proyección', click: showProjector },
    { type: 'separator' },
    { role: 'resetZoom', label: 'Tamaño real' },
    { role: 'zoomIn', label: 'Acercar' },
    { role: 'zoomOut', label: 'Alejar' },
    { type: 'separator' },
    { role: 'togglefullscreen', label: 'Pantalla completa' },
  ];
  if (!packaged) view.push({ type: 'separator' }, { role: 'toggleDevTools', label: 'Herramientas de desarrollo' });
  const first: MenuItemConstructorOptions = isMac
    ? { label: 'Plenaria', submenu: [{ role: 'hide', label: 'Ocultar Plenaria' }, { type: 'separator' }, { role: 'quit', label: 'Salir de Plenaria' }] }
    : { label: 'Archivo', submenu: [{ role: 'quit', label: 'Salir' }] };
  return [
    first,
    {
      label: 'Edición',
      submenu: [
        { role: 'undo', label: 'Deshacer' },
        { role: 'redo', label: 'Rehacer' },
        { type: 'separator' },
        { role: 'cut', label: 'Cortar' },
        { role: 'copy', label: 'Copiar' },
        { role: 'paste', label: 'Pegar' },
        { role: 'selectAll', label: 'Seleccionar todo' },
      ],
    },
    { label: 'Ver', submenu: view },
    {
      label: 'Ventana',
      submenu: [
        { role: 'minimize', label: 'Minimizar' },
        { role: 'close', label: 'Cerrar ventana' },
      ],
    },
  ];
}
