import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { inlineFirstRows } from './build/inline-first-rows';
import openApi from './src/api/openapi.json';

// Pinned to this file's directory so the build gives the same output whether it is
// started from the repo root (`vite build apps/web`) or from apps/web itself.
const root = fileURLToPath(new URL('.', import.meta.url));

// `npx vite apps/web` (hot reload) forwards the API's paths to the API started by `npm start`, so the app still calls
// its own origin, as it does when the API serves it. The API's paths are read from its OpenAPI document (English,
// /campaigns…); the app's own are Vietnamese (/hop-viec, /phong-trao): they do not overlap.
const API_PATHS = [...new Set(Object.keys(openApi.paths).map((path) => `/${path.split('/')[1]}`)), '/docs'];

export default defineConfig({
  root,
  base: '/',
  plugins: [
    react(),
    // The inbox as officials land on it: its first rows painted before the app's code has arrived (src/first-rows),
    // and that code (the layout, the page and their chunks) requested with the document, in one wave.
    inlineFirstRows({
      entry: fileURLToPath(new URL('./src/first-rows/shell.ts', import.meta.url)),
      preload: ['src/layout/AppLayout.tsx', 'src/pages/InboxPage.tsx'],
    }),
  ],
  server: { proxy: Object.fromEntries(API_PATHS.map((path) => [path, 'http://localhost:3000'])) },
  build: {
    outDir: fileURLToPath(new URL('./dist', import.meta.url)),
    emptyOutDir: true,
    // The entry chunk holds React and Ant Design's core (theme, layout, menu): about 190 kB gzipped, loaded once and
    // cached (hashed names). Pages, tables and the login form are split off with React.lazy.
    chunkSizeWarningLimit: 650,
  },
});
