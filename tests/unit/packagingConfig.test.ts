import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import type { Configuration } from 'electron-builder';
import { describe, expect, it } from 'vitest';

/**
 * electron-builder.yml checked against electron-builder's own schema and its own file matcher,
 * so a typo or a wrong glob fails here rather than at packaging time on another machine.
 */
const root = path.resolve(import.meta.dirname, '../..');
const load = createRequire(import.meta.url);
// These ship with electron-builder (no type declarations for js-yaml; ajv and the matcher are CommonJS).
const yaml = load('js-yaml') as { load(text: string): unknown };
const Ajv = (load('ajv') as typeof import('ajv')).default;
const { FileMatcher } = load('app-builder-lib/out/fileMatcher.js') as typeof import('app-builder-lib/out/fileMatcher.js');

const config = yaml.load(fs.readFileSync(path.join(root, 'electron-builder.yml'), 'utf8')) as Configuration;
const packageJson = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as {
  main: string;
  dependencies?: Record<string, string>;
  devDependencies?: Record<string, string>;
};
const schema = JSON.parse(fs.readFileSync(path.join(root, 'node_modules/app-builder-lib/scheme.json'), 'utf8')) as object;
const validate = new Ajv({ allErrors: true, strict: false }).compile(schema);

/** Whether electron-builder would copy `file` (relative to the project) given `patterns`. */
function matches(patterns: string[], file: string): boolean {
  const filter = new FileMatcher(root, '/out', (p) => p, patterns).createFilter();
  return filter(path.join(root, file), { isDirectory: () => false } as fs.Stats) as boolean;
}

const targetsOf = (platform: unknown): string[] =>
  ((platform as { target?: (string | { target: string })[] }).target ?? []).map((t) => (typeof t === 'string' ? t : t.target));

describe('electron-builder.yml', () => {
  it('is valid for electron-builder 26', () => {
    expect(validate(config), JSON.stringify(validate.errors)).toBe(true);
    expect(validate({ ...config, electronFuses: { ...config.electronFuses, runAsNod: false } })).toBe(false);
  });

  it('builds Windows, macOS and Linux installers', () => {
    expect(targetsOf(config.win)).toEqual(['nsis']);
    expect(targetsOf(config.mac)).toEqual(['dmg']);
    expect(targetsOf(config.linux)).toEqual(['AppImage', 'deb']);
    expect(config.appId).toBe('mx.plenaria.app');
    expect(config.productName).toBe('Plenaria');
    expect(config.directories?.output).toBe('release');
  });

  it('never checks for updates', () => {
    expect(config).toHaveProperty('publish', null);
  });

  it('packages the app and never the browser host, sources or tests', () => {
    const files = config.files as string[];
    for (const file of [packageJson.main, 'dist/preload/app.cjs', 'dist/preload/projector.cjs', 'dist/renderer/console/index.html', 'dist/renderer/assets/index-abc.js', 'package.json']) {
      expect(matches(files, file), file).toBe(true);
    }
    for (const file of ['dist/host/console-bridge.js', 'dist/host/projector-bridge.js', 'src/main/index.ts', 'src/main/host/server.ts', 'tests/unit/fuses.test.ts', 'scripts/start.ts', 'mesa.plenaria']) {
      expect(matches(files, file), file).toBe(false);
    }
  });

  it('keeps the SQLCipher binding out of the asar and rebuilds it for Electron', () => {
    expect(config.asar).toBe(true);
    expect(matches(config.asarUnpack as string[], 'node_modules/better-sqlite3-multiple-ciphers/build/Release/better_sqlite3.node')).toBe(true);
    expect(config.npmRebuild).toBe(true);
    expect(config.buildDependenciesFromSource).toBe(true);
  });
});

describe('package.json', () => {
  it('ships no remote module and no Electron inside the app', () => {
    const all = { ...packageJson.dependencies, ...packageJson.devDependencies };
    expect(Object.keys(all)).not.toContain('@electron/remote');
    expect(Object.keys(packageJson.dependencies ?? {})).not.toContain('electron');
    expect(Object.keys(packageJson.dependencies ?? {})).not.toContain('electron-updater');
  });
});
