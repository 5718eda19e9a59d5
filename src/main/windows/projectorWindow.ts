import { BrowserWindow, screen, type Rectangle } from 'electron';
import { appPageUrl, PROJECTOR_PAGE } from '../security/guards.js';
import { secureWebPreferences, type WindowSecurityOptions } from '../security/webPreferences.js';

const BACKGROUND = '#000000';
const WINDOWED = { width: 960, height: 540 };

export interface DisplayLike {
  readonly id: number;
  readonly bounds: Rectangle;
}

/** The audience's screen: the largest display that is not the secretary's, or none. */
export function chooseProjectorDisplay<D extends DisplayLike>(displays: readonly D[], primaryId: number): D | null {
  let best: D | null = null;
  for (const display of displays) {
    if (display.id === primaryId) continue;
    const area = display.bounds.width * display.bounds.height;
    if (!best || area > best.bounds.width * best.bounds.height) best = display;
  }
  return best;
}

function centeredOn(area: Rectangle): Rectangle {
  return {
    x: Math.round(area.x + (area.width - WINDOWED.width) / 2),
    y: Math.round(area.y + (area.height - WINDOWED.height) / 2),
    ...WINDOWED,
  };
}

/** Fullscreen on the external display when there is one; a movable window on the laptop otherwise. */
function place(window: BrowserWindow): void {
  if (window.isDestroyed()) return;
  if (window.isFullScreen()) {
    // A fullscreen window cannot be moved to another display; leave fullscreen first.
    window.once('leave-full-screen', () => place(window));
    window.setFullScreen(false);
    return;
  }
  const external = chooseProjectorDisplay(screen.getAllDisplays(), screen.getPrimaryDisplay().id);
  if (external) {
    window.setBounds(external.bounds);
    // Fullscreen on a hidden window misbehaves on macOS; the first call after showing sets it.
    if (window.isVisible()) window.setFullScreen(true);
  } else {
    window.setBounds(centeredOn(screen.getPrimaryDisplay().workArea));
  }
}

/** What the audience sees: subscribe-only preload, no menu, re-placed when displays come and go. */
export function createProjectorWindow(security: WindowSecurityOptions): BrowserWindow {
  const window = new BrowserWindow({
    title: 'Plenaria — Proyección',
    ...WINDOWED,
    show: false,
    backgroundColor: BACKGROUND,
    autoHideMenuBar: true,
    webPreferences: secureWebPreferences(security),
  });
  window.setMenu(null);
  place(window);
  const replace = () => place(window);
  screen.on('display-added', replace);
  screen.on('display-removed', replace);
  window.on('closed', () => {
    screen.off('display-added', replace);
    screen.off('display-removed', replace);
  });
  window.once('ready-to-show', () => {
    window.show();
    place(window);
  });
  window.loadURL(appPageUrl(PROJECTOR_PAGE)).catch((err: unknown) => console.error('[plenaria] projector did not load', err));
  return window;
}
