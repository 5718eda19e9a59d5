/**
 * Everything that keeps a window inside the app: navigation, new windows, permissions,
 * devices, remote requests and IPC senders. Plain functions over structurally typed objects
 * so they are tested on fakes; Electron's WebContents and Session satisfy these shapes.
 */

export const APP_SCHEME = 'app';
export const APP_HOST = 'plenaria';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;

/** The two pages the app loads; a window's identity for IPC is the page its main frame shows. */
export const CONSOLE_PAGE = '/console/index.html';
export const PROJECTOR_PAGE = '/projector/index.html';
export type AppPage = typeof CONSOLE_PAGE | typeof PROJECTOR_PAGE;

export const appPageUrl = (page: AppPage): string => `${APP_ORIGIN}${page}`;

function parse(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

export function isAppUrl(url: string): boolean {
  const parsed = parse(url);
  return parsed !== null && parsed.protocol === `${APP_SCHEME}:` && parsed.host === APP_HOST;
}

/** Same app page, ignoring query and fragment: a reload is fine, anything else is not. */
export function isSameAppPage(target: string, current: string): boolean {
  const a = parse(target);
  const b = parse(current);
  return a !== null && b !== null && isAppUrl(target) && isAppUrl(current) && a.pathname === b.pathname;
}

export interface PreventableEvent {
  preventDefault(): void;
}
export interface NavigationEvent extends PreventableEvent {
  readonly url: string;
}

export interface FrameLike {
  readonly url: string;
  readonly parent: FrameLike | null;
}

/** Only the main frame of the expected page may call main; a subframe or another origin may not. */
export function isTrustedSender(frame: FrameLike | null | undefined, page: AppPage): boolean {
  if (!frame || frame.parent !== null) return false;
  const parsed = parse(frame.url);
  return parsed !== null && isAppUrl(frame.url) && parsed.pathname === page;
}

export interface GuardOptions {
  /** Developer tools exist only in an unpackaged build. */
  packaged: boolean;
}

export function isAllowedRequest(url: string, { packaged }: GuardOptions): boolean {
  if (isAppUrl(url)) return true;
  const parsed = parse(url);
  if (!parsed) return false;
  // data: and blob: never leave the renderer; the CSP allows them for images only.
  if (parsed.protocol === 'data:' || parsed.protocol === 'blob:') return true;
  return !packaged && parsed.protocol === 'devtools:';
}

export interface GuardedContents {
  getURL(): string;
  on(event: 'will-navigate', listener: (event: NavigationEvent) => void): unknown;
  on(event: 'will-redirect', listener: (event: NavigationEvent) => void): unknown;
  on(event: 'will-attach-webview', listener: (event: PreventableEvent) => void): unknown;
  setWindowOpenHandler(handler: () => { action: 'deny' }): void;
}

export function guardNavigation(contents: Pick<GuardedContents, 'getURL'>): (event: NavigationEvent) => void {
  return (event) => {
    if (!isSameAppPage(event.url, contents.getURL())) event.preventDefault();
  };
}

export function hardenWebContents(contents: GuardedContents): void {
  const navigation = guardNavigation(contents);
  contents.on('will-navigate', navigation);
  contents.on('will-redirect', navigation);
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
}

export interface RequestDetails {
  readonly url: string;
}

export interface GuardedSession {
  setPermissionRequestHandler(handler: (contents: unknown, permission: string, callback: (granted: boolean) => void) => void): void;
  setPermissionCheckHandler(handler: () => boolean): void;
  setDevicePermissionHandler(handler: () => boolean): void;
  setDisplayMediaRequestHandler(handler: (request: unknown, callback: (streams: null) => void) => void): void;
  setSpellCheckerEnabled(enable: boolean): void;
  readonly webRequest: {
    onBeforeRequest(listener: (details: RequestDetails, callback: (response: { cancel: boolean }) => void) => void): void;
  };
}

export function hardenSession(session: GuardedSession, options: GuardOptions): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.setDevicePermissionHandler(() => false);
  session.setDisplayMediaRequestHandler((_request, callback) => callback(null));
  // The spellchecker downloads its dictionaries from Google.
  session.setSpellCheckerEnabled(false);
  session.webRequest.onBeforeRequest((details, callback) => callback({ cancel: !isAllowedRequest(details.url, options) }));
}
