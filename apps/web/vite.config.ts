import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// Pinned to this file's directory so the build gives the same output whether it is
// started from the repo root (`vite build apps/web`) or from apps/web itself.
const root = fileURLToPath(new URL('.', import.meta.url));

// `npx vite apps/web` (hot reload) forwards the API's paths to the API started by `npm start`, so the app
// still calls its own origin, as it does when the API serves it. The app's own paths are Vietnamese (/hop-viec,
// /phong-trao), the API's English: they do not overlap.
const API_PATHS = ['/auth', '/me', '/inbox', '/campaigns', '/campaign-templates', '/notifications', '/units', '/health', '/docs'];

export default defineConfig({
  root,
  base: '/',
  plugins: [react()],
  server: { proxy: Object.fromEntries(API_PATHS.map((path) => [path, 'http://localhost:3000'])) },
  build: {
    outDir: fileURLToPath(new URL('./dist', import.meta.url)),
    emptyOutDir: true,
    // The entry chunk holds React and Ant Design's core (theme, layout, menu): about 190 kB gzipped, loaded once and
    // cached (hashed names). Pages, tables and the login form are split off with React.lazy.
    chunkSizeWarningLimit: 650,
  },
});
