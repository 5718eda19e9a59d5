import type { WebPreferences } from 'electron';

export interface WindowSecurityOptions {
  /** Absolute path of the window's sandboxed preload bundle. */
  preload: string;
  /** Developer tools exist only in an unpackaged build. */
  packaged: boolean;
}

/** The same locked-down preferences for every window: no Node, sandboxed, isolated, offline. */
export function secureWebPreferences({ preload, packaged }: WindowSecurityOptions): WebPreferences {
  return {
    preload,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    // The spellchecker downloads its dictionaries from Google.
    spellcheck: false,
    webviewTag: false,
    navigateOnDragDrop: false,
    safeDialogs: true,
    devTools: !packaged,
  };
}
