import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const fromRoot = (relative: string): string => fileURLToPath(new URL(relative, import.meta.url));

/**
 * The renderer: two pages (console, projector) built into dist/renderer. The CSP is
 * `script-src 'self'; style-src 'self'`, so the output must hold no inline script or style:
 * no modulepreload polyfill (it is inlined) and no asset inlined as a data URL.
 */
export default defineConfig({
  root: fromRoot('./src/renderer'),
  base: './',
  plugins: [react()],
  build: {
    outDir: fromRoot('./dist/renderer'),
    emptyOutDir: true,
    sourcemap: false,
    modulePreload: { polyfill: false },
    assetsInlineLimit: 0,
    rollupOptions: {
      input: {
        console: fromRoot('./src/renderer/console/index.html'),
        projector: fromRoot('./src/renderer/projector/index.html'),
      },
    },
  },
});
