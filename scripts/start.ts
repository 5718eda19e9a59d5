/**
 * `npm start`: builds, then runs Plenaria in Electron. Where Electron's binary is absent (it
 * cannot be downloaded on the machines this project is built on) it says so in one sentence.
 */
import fs from 'node:fs';
import path from 'node:path';
import { spawn, spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';

const root = path.resolve(import.meta.dirname, '..');
const requireFromRoot = createRequire(path.join(root, 'package.json'));

/**
 * The binary's path, or null. The package's own files are checked first because
 * `require('electron')` starts a download when the binary is missing, and this project
 * never touches the network.
 */
function electronBinary(): string | null {
  try {
    if (!process.env.ELECTRON_OVERRIDE_DIST_PATH) {
      const packageDir = path.dirname(requireFromRoot.resolve('electron/package.json'));
      const pathFile = path.join(packageDir, 'path.txt');
      if (!fs.existsSync(pathFile)) return null;
      if (!fs.existsSync(path.join(packageDir, 'dist', fs.readFileSync(pathFile, 'utf8')))) return null;
    }
    const binary: unknown = requireFromRoot('electron');
    return typeof binary === 'string' && fs.existsSync(binary) ? binary : null;
  } catch {
    return null;
  }
}

const binary = electronBinary();
if (!binary) {
  console.error('No se encontró el binario de Electron en este equipo; para abrir Plenaria en el navegador, use `npm run start:browser`.');
  process.exit(1);
}

// Under `npm start`, npm_execpath is npm's own script: no shell needed on any platform.
const npmCli = process.env.npm_execpath;
const build = npmCli
  ? spawnSync(process.execPath, [npmCli, 'run', 'build'], { cwd: root, stdio: 'inherit' })
  : spawnSync('npm', ['run', 'build'], { cwd: root, stdio: 'inherit', shell: process.platform === 'win32' });
if (build.status !== 0) process.exit(build.status ?? 1);

// Inherited, this variable would make the binary run as plain Node instead of the app.
const { ELECTRON_RUN_AS_NODE: _ignored, ...env } = process.env;
const electron = spawn(binary, [root], { cwd: root, stdio: 'inherit', env });
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => electron.kill(signal));
electron.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
