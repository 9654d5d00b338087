// The dashboard build: static files in web/dist that `dyad serve` serves. No CDN, no
// inline scripts (the server's Content-Security-Policy forbids them).
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

export default defineConfig({
  plugins: [react()],
  base: '/',
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    assetsInlineLimit: 0,
    modulePreload: { polyfill: false },
    chunkSizeWarningLimit: 1500,
    sourcemap: false,
  },
  server: {
    proxy: {
      '^/(events|clusters|actors|dyads|network|map|articles|stats|openapi.json|docs)':
        'http://127.0.0.1:8080',
    },
  },
});
