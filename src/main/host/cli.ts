/**
 * `npm run start:browser`: serves the built app on 127.0.0.1 and, with --open, shows the
 * console and the projector as two Chromium app windows. A development and test surface.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawn } from 'node:child_process';
import { createServices } from '../services/services.js';
import { startHost } from './server.js';
import { findChromium, freshProfileDir, quietChromiumArgs } from './chromium.js';

const root = path.resolve(import.meta.dirname, '../../..');
const rendererDir = path.join(root, 'dist/renderer');
const bridgeDir = path.join(root, 'dist/host');
if (!fs.existsSync(path.join(rendererDir, 'console/index.html')) || !fs.existsSync(bridgeDir)) {
  console.error('Falta la compilación: ejecute `npm run build` (npm run start:browser lo hace por usted).');
  process.exit(1);
}

const preferencesDir = process.env.PLENARIA_HOME ?? path.join(os.homedir(), '.config', 'plenaria-browser');
const documents = path.join(os.homedir(), 'Documents');
const services = createServices({
  preferencesDir,
  documentsDir: fs.existsSync(documents) ? documents : os.homedir(),
});
const host = await startHost({ services, rendererDir, bridgeDir });

console.log('Plenaria (host de navegador, solo 127.0.0.1)');
console.log(`  consola:   ${host.consoleUrl}`);
console.log(`  proyector: ${host.projectorUrl}`);
console.log('Abra esas direcciones en cualquier navegador de esta máquina. Ctrl+C termina.');

const shutdown = () => {
  services.workspace.close();
  void host.close().then(() => process.exit(0));
};
process.on('SIGINT', shutdown);
process.on('SIGTERM', shutdown);

if (process.argv.includes('--open')) {
  const chromium = findChromium();
  if (!chromium) {
    console.log('No se encontró Chromium (/usr/bin/chromium): abra las direcciones de arriba a mano.');
  } else {
    // One profile per window: a second launch on the same profile is handed to the running
    // browser, which ignores its size and position. Each launch URL sets its own cookie.
    const open = (url: string, extra: string[]) =>
      spawn(chromium, [...quietChromiumArgs(), `--user-data-dir=${freshProfileDir()}`, ...extra, `--app=${url}`], {
        stdio: 'ignore',
      });
    const consoleWindow = open(host.consoleUrl, ['--window-size=1280,860', '--window-position=0,0']);
    open(host.projectorUrl, ['--window-size=1024,640', '--window-position=300,220']);
    consoleWindow.on('exit', shutdown);
  }
}
