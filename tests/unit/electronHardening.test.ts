import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { WebContents } from 'electron';
import { afterAll, describe, expect, it, vi } from 'vitest';

/**
 * The Electron shell's hardening, exercised on fake web contents, sessions and IPC events:
 * Electron's binary is not on this machine, and the guards are plain functions on purpose.
 * `require('electron')` outside Electron would try to download the binary, so it is replaced.
 */
const ipcHandlers = new Map<string, (event: unknown, args?: unknown) => unknown>();
vi.mock('electron', () => ({
  ipcMain: { handle: (channel: string, handler: (event: unknown, args?: unknown) => unknown) => ipcHandlers.set(channel, handler) },
  BrowserWindow: class {},
  screen: {},
}));

const { registerElectronTransport } = await import('../../src/main/ipc/electronTransport.js');
const { createHandlers } = await import('../../src/main/ipc/handlers.js');
const { createServices } = await import('../../src/main/services/services.js');
const { chooseProjectorDisplay } = await import('../../src/main/windows/projectorWindow.js');
const { createAppProtocolHandler, resolveAppFile } = await import('../../src/main/security/appProtocol.js');
const { contentSecurityPolicy } = await import('../../src/main/security/csp.js');
const { secureWebPreferences } = await import('../../src/main/security/webPreferences.js');
const guards = await import('../../src/main/security/guards.js');
const { CONSOLE_PAGE, PROJECTOR_PAGE, appPageUrl, hardenSession, hardenWebContents, isAppUrl, isTrustedSender } = guards;
type NavigationEvent = import('../../src/main/security/guards.js').NavigationEvent;

const CONSOLE_URL = appPageUrl(CONSOLE_PAGE);
const PROJECTOR_URL = appPageUrl(PROJECTOR_PAGE);
const REMOTE_URLS = ['https://example.com/', 'http://127.0.0.1:8080/', 'ws://example.com/socket', 'wss://example.com/', 'file:///etc/passwd'];

const tempDirs: string[] = [];
afterAll(() => {
  for (const dir of tempDirs) fs.rmSync(dir, { recursive: true, force: true });
});
function tempDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'plenaria-shell-'));
  tempDirs.push(dir);
  return dir;
}

/** A web contents that records what the guards install, and lets a test fire its events. */
function fakeContents(currentUrl: string) {
  const listeners = new Map<string, (event: NavigationEvent) => void>();
  let openHandler: (() => { action: 'deny' }) | null = null;
  const contents = {
    getURL: () => currentUrl,
    on(event: string, listener: (event: NavigationEvent) => void) {
      listeners.set(event, listener);
      return contents;
    },
    setWindowOpenHandler(handler: () => { action: 'deny' }) {
      openHandler = handler;
    },
  };
  hardenWebContents(contents);
  /** True when the guard let the event through. */
  const fire = (name: string, url = ''): boolean => {
    const preventDefault = vi.fn();
    listeners.get(name)!({ url, preventDefault });
    return preventDefault.mock.calls.length === 0;
  };
  return { fire, openWindow: () => openHandler!() };
}

describe('web contents guards', () => {
  it('refuses navigation away from the app page, and redirects elsewhere', () => {
    const { fire } = fakeContents(CONSOLE_URL);
    for (const url of REMOTE_URLS) {
      expect(fire('will-navigate', url)).toBe(false);
      expect(fire('will-redirect', url)).toBe(false);
    }
    expect(fire('will-navigate', PROJECTOR_URL)).toBe(false);
    expect(fire('will-navigate', 'app://other/console/index.html')).toBe(false);
    expect(fire('will-navigate', 'not a url')).toBe(false);
  });

  it('allows the same app page (a reload, a fragment)', () => {
    const { fire } = fakeContents(CONSOLE_URL);
    expect(fire('will-navigate', CONSOLE_URL)).toBe(true);
    expect(fire('will-navigate', `${CONSOLE_URL}#/acuerdos`)).toBe(true);
  });

  it('refuses any navigation from a contents that shows no app page', () => {
    const { fire } = fakeContents('');
    expect(fire('will-navigate', CONSOLE_URL)).toBe(false);
  });

  it('denies every window.open and every <webview>', () => {
    const { fire, openWindow } = fakeContents(CONSOLE_URL);
    expect(openWindow()).toEqual({ action: 'deny' });
    expect(fire('will-attach-webview')).toBe(false);
  });
});

/** A session that records the handlers the guards install. */
function hardenedSession(packaged: boolean) {
  const installed: {
    request?: (contents: unknown, permission: string, callback: (granted: boolean) => void) => void;
    check?: () => boolean;
    device?: () => boolean;
    displayMedia?: (request: unknown, callback: (streams: null) => void) => void;
    beforeRequest?: (details: { url: string }, callback: (response: { cancel: boolean }) => void) => void;
    spellchecker?: boolean;
  } = {};
  hardenSession(
    {
      setPermissionRequestHandler: (handler) => (installed.request = handler),
      setPermissionCheckHandler: (handler) => (installed.check = handler),
      setDevicePermissionHandler: (handler) => (installed.device = handler),
      setDisplayMediaRequestHandler: (handler) => (installed.displayMedia = handler),
      setSpellCheckerEnabled: (enable) => (installed.spellchecker = enable),
      webRequest: { onBeforeRequest: (listener) => (installed.beforeRequest = listener) },
    },
    { packaged },
  );
  const cancelled = (url: string): boolean => {
    const callback = vi.fn();
    installed.beforeRequest!({ url }, callback);
    return (callback.mock.calls[0]![0] as { cancel: boolean }).cancel;
  };
  return { installed, cancelled };
}

describe('session guards', () => {
  it('denies every permission request and check, devices and screen capture', () => {
    const { installed } = hardenedSession(true);
    for (const permission of ['media', 'geolocation', 'notifications', 'openExternal', 'clipboard-read', 'display-capture']) {
      const callback = vi.fn();
      installed.request!({}, permission, callback);
      expect(callback).toHaveBeenCalledExactlyOnceWith(false);
    }
    expect(installed.check!()).toBe(false);
    expect(installed.device!()).toBe(false);
    const streams = vi.fn();
    installed.displayMedia!({}, streams);
    expect(streams).toHaveBeenCalledExactlyOnceWith(null);
    expect(installed.spellchecker).toBe(false);
  });

  it('cancels every request that is not the app, and lets the app through', () => {
    const { cancelled } = hardenedSession(true);
    for (const url of [...REMOTE_URLS, 'app://other-host/x.js', 'devtools://devtools/bundled/devtools_app.html', 'chrome-extension://abc/x.js']) {
      expect(cancelled(url), url).toBe(true);
    }
    expect(cancelled(CONSOLE_URL)).toBe(false);
    expect(cancelled('app://plenaria/assets/index-abc123.js')).toBe(false);
    expect(cancelled('data:image/png;base64,iVBORw0KGgo=')).toBe(false);
  });

  it('lets developer tools load only in an unpackaged build', () => {
    expect(hardenedSession(false).cancelled('devtools://devtools/bundled/devtools_app.html')).toBe(false);
    expect(hardenedSession(false).cancelled('https://chrome-devtools-frontend.appspot.com/')).toBe(true);
  });
});

describe('IPC sender guard', () => {
  it('trusts only the main frame of the expected app page', () => {
    expect(isTrustedSender({ url: CONSOLE_URL, parent: null }, CONSOLE_PAGE)).toBe(true);
    expect(isTrustedSender({ url: CONSOLE_URL, parent: null }, PROJECTOR_PAGE)).toBe(false);
    expect(isTrustedSender({ url: 'https://example.com/console/index.html', parent: null }, CONSOLE_PAGE)).toBe(false);
    expect(isTrustedSender({ url: 'app://evil/console/index.html', parent: null }, CONSOLE_PAGE)).toBe(false);
    expect(isTrustedSender({ url: CONSOLE_URL, parent: { url: CONSOLE_URL, parent: null } }, CONSOLE_PAGE)).toBe(false);
    expect(isTrustedSender(null, CONSOLE_PAGE)).toBe(false);
  });

  it('recognises app URLs by scheme and host only', () => {
    expect(isAppUrl(CONSOLE_URL)).toBe(true);
    expect(isAppUrl('app://plenaria.evil/console/index.html')).toBe(false);
    expect(isAppUrl('https://plenaria/console/index.html')).toBe(false);
  });
});

describe('Electron IPC transport', () => {
  const consoleContents = { send: vi.fn(), isDestroyed: () => false };
  const projectorContents = { send: vi.fn(), isDestroyed: () => false };
  const services = createServices({ preferencesDir: tempDir() });
  registerElectronTransport(services, createHandlers(services), {
    console: () => consoleContents as unknown as WebContents,
    projector: () => projectorContents as unknown as WebContents,
  });
  const invoke = (channel: string, sender: unknown, frame: unknown) => ipcHandlers.get(channel)!({ sender, senderFrame: frame }, undefined);
  const mainFrame = (url: string) => ({ url, parent: null });

  it('serves the console window main frame', async () => {
    await expect(invoke('workspace:status', consoleContents, mainFrame(CONSOLE_URL))).resolves.toEqual({ ok: true, value: { state: 'closed' } });
  });

  it('refuses a subframe, another origin, and another window', async () => {
    const forbidden = { ok: false, error: { code: 'forbidden', message: expect.any(String) } };
    expect(invoke('workspace:status', consoleContents, { url: CONSOLE_URL, parent: mainFrame(CONSOLE_URL) })).toEqual(forbidden);
    expect(invoke('workspace:status', consoleContents, mainFrame('https://example.com/console/index.html'))).toEqual(forbidden);
    expect(invoke('workspace:status', projectorContents, mainFrame(CONSOLE_URL))).toEqual(forbidden);
    expect(invoke('workspace:status', consoleContents, null)).toEqual(forbidden);
  });

  it('gives the projector its current view, and nobody else', () => {
    expect(invoke('projector:current', projectorContents, mainFrame(PROJECTOR_URL))).toEqual({ screen: 'neutral', mesaName: null });
    expect(() => invoke('projector:current', consoleContents, mainFrame(CONSOLE_URL))).toThrow();
    expect(() => invoke('projector:current', projectorContents, { url: PROJECTOR_URL, parent: mainFrame(PROJECTOR_URL) })).toThrow();
  });

  it('registers every contract channel', () => {
    expect([...ipcHandlers.keys()]).toEqual(expect.arrayContaining(['workspace:unlock', 'workspace:rekey', 'preferences:set', 'projector:current']));
  });

  it('sends the console every event and the projector only the projection', () => {
    consoleContents.send.mockClear();
    projectorContents.send.mockClear();
    services.workspace.lock();
    expect(consoleContents.send.mock.calls.map(([channel]) => channel).sort()).toEqual(['event:projection', 'event:workspace']);
    expect(projectorContents.send.mock.calls.map(([channel]) => channel)).toEqual(['event:projection']);
  });
});

describe('window preferences and CSP', () => {
  it('locks every window down', () => {
    const prefs = secureWebPreferences({ preload: '/app/dist/preload/app.cjs', packaged: true });
    expect(prefs).toEqual({
      preload: '/app/dist/preload/app.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      spellcheck: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      safeDialogs: true,
      devTools: false,
    });
    expect(secureWebPreferences({ preload: 'x', packaged: false }).devTools).toBe(true);
  });

  it('names no remote source and denies by default', () => {
    const csp = contentSecurityPolicy();
    const directives = new Map(csp.split('; ').map((d) => [d.split(' ')[0]!, d.split(' ').slice(1)]));
    expect(directives.get('default-src')).toEqual(["'none'"]);
    for (const name of ['object-src', 'base-uri', 'form-action', 'frame-ancestors', 'frame-src']) expect(directives.get(name)).toEqual(["'none'"]);
    const sources = [...directives.values()].flat();
    expect(sources.every((s) => ["'self'", "'none'", 'data:', 'blob:'].includes(s))).toBe(true);
    expect(csp).not.toMatch(/https?:|wss?:|\*|unsafe/);
  });

  it('adds extra connect sources to connect-src only', () => {
    const csp = contentSecurityPolicy(['ws://127.0.0.1:4000']);
    expect(csp).toContain("connect-src 'self' ws://127.0.0.1:4000;");
    expect(csp.match(/ws:\/\//g)).toHaveLength(1);
  });
});

describe('app:// protocol', () => {
  const root = path.join(tempDir(), 'renderer');
  fs.mkdirSync(path.join(root, 'console'), { recursive: true });
  fs.writeFileSync(path.join(root, 'console/index.html'), '<!doctype html><title>Plenaria</title>');
  fs.writeFileSync(path.join(root, '..', 'secret.txt'), 'fuera de la raíz');
  const handle = createAppProtocolHandler(root, contentSecurityPolicy());

  it('never resolves a file outside the renderer folder', () => {
    for (const url of [
      'app://plenaria/../secret.txt',
      'app://plenaria/%2e%2e/secret.txt',
      'app://plenaria/console/..%2F..%2Fsecret.txt',
      'app://plenaria/..%5Csecret.txt',
      'app://plenaria/console%00.html',
      'app://plenaria/%E0%A4%A',
    ]) {
      const file = resolveAppFile(root, url);
      expect(file === null || file.startsWith(`${root}${path.sep}`), url).toBe(true);
    }
    expect(resolveAppFile(root, 'app://other/console/index.html')).toBeNull();
    expect(resolveAppFile(root, 'file:///console/index.html')).toBeNull();
    expect(resolveAppFile(root, CONSOLE_URL)).toBe(path.join(root, 'console/index.html'));
  });

  it('serves a page with the CSP and nosniff', async () => {
    const response = await handle({ url: CONSOLE_URL, method: 'GET' });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('content-security-policy')).toBe(contentSecurityPolicy());
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await response.text()).toContain('<title>Plenaria</title>');
  });

  it('refuses what is missing, outside, a folder, or not a read', async () => {
    expect((await handle({ url: 'app://plenaria/nada.js', method: 'GET' })).status).toBe(404);
    expect((await handle({ url: 'app://plenaria/../secret.txt', method: 'GET' })).status).toBe(404);
    expect((await handle({ url: 'app://plenaria/console', method: 'GET' })).status).toBe(404);
    expect((await handle({ url: CONSOLE_URL, method: 'POST' })).status).toBe(405);
  });
});

describe('projector display', () => {
  const display = (id: number, width: number, height: number) => ({ id, bounds: { x: id * 10_000, y: 0, width, height } });

  it('picks the largest display that is not the primary', () => {
    const displays = [display(1, 1920, 1080), display(2, 1280, 720), display(3, 3840, 2160)];
    expect(chooseProjectorDisplay(displays, 1)?.id).toBe(3);
    expect(chooseProjectorDisplay(displays, 3)?.id).toBe(1);
  });

  it('has none when only the laptop screen is connected', () => {
    expect(chooseProjectorDisplay([display(7, 1920, 1080)], 7)).toBeNull();
    expect(chooseProjectorDisplay([], 7)).toBeNull();
  });
});
