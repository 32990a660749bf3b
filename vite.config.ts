// Renderer build: root `renderer`, relative base (file:// in Electron, loopback host in tests),
// output `dist/renderer`. JSX through Vite's esbuild (no React plugin installed).
import { defineConfig } from 'vite';

export default defineConfig({
  root: 'renderer',
  base: './',
  esbuild: { jsx: 'automatic' },
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
    // No inline data: modules or scripts: the CSP allows 'self' only.
    assetsInlineLimit: 0,
    modulePreload: { polyfill: false },
  },
});
