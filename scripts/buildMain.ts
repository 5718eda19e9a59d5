/**
 * Bundles everything that runs outside the renderer's Vite build:
 * - Electron main (dist/main/index.cjs) and the two sandboxed preloads (dist/preload/*.cjs):
 *   sandboxed preloads must be single CommonJS files that require only 'electron';
 * - the browser host's injected bridges (dist/host/*.js), plain browser scripts.
 */
import { build } from 'esbuild';

const common = { bundle: true, sourcemap: false, logLevel: 'warning' as const, legalComments: 'none' as const };

await Promise.all([
  build({
    ...common,
    entryPoints: { index: 'src/main/index.ts' },
    outdir: 'dist/main',
    outExtension: { '.js': '.cjs' },
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    // Native bindings load their .node file from node_modules (unpacked from the asar).
    external: ['electron', 'better-sqlite3-multiple-ciphers', '@resvg/resvg-js'],
  }),
  build({
    ...common,
    entryPoints: { app: 'src/main/preload/app.ts', projector: 'src/main/preload/projector.ts' },
    outdir: 'dist/preload',
    outExtension: { '.js': '.cjs' },
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    external: ['electron'],
  }),
  build({
    ...common,
    entryPoints: {
      'console-bridge': 'src/main/host/bridge/consoleBridge.ts',
      'projector-bridge': 'src/main/host/bridge/projectorBridge.ts',
    },
    outdir: 'dist/host',
    platform: 'browser',
    format: 'iife',
    target: 'chrome120',
  }),
]);
