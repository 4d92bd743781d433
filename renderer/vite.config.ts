import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

/*
 * The renderer is one static bundle that both hosts serve: Electron from its
 * app:// scheme and the web host over HTTP. base './' keeps asset URLs
 * relative, and nothing is inlined, so a strict `default-src 'self'` CSP holds.
 * (Vite replaces __dirname in config files, so no node: import is needed.)
 */
export default defineConfig({
  root: __dirname,
  base: './',
  plugins: [react()],
  // Vite does not follow chrono-node's "./*" exports pattern (vitest-dev/vitest#4761); Node does.
  resolve: { alias: { 'chrono-node/en': `${__dirname}/../node_modules/chrono-node/dist/esm/locales/en/index.js` } },
  build: {
    outDir: `${__dirname}/../dist/renderer`,
    emptyOutDir: true,
    target: 'es2022',
    assetsInlineLimit: 0,
    modulePreload: { polyfill: false },
  },
  server: { fs: { allow: [`${__dirname}/..`] } },
});
