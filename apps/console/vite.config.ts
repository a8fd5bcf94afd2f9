import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const root = fileURLToPath(new URL('.', import.meta.url));
/** `npx vite --config apps/console/vite.config.ts` serves the console with hot reload against an api on this origin. */
const apiOrigin = process.env.HANDOFF_API ?? 'http://localhost:4000';

export default defineConfig({
  root,
  base: '/console/',
  plugins: [react()],
  // No source maps: the api serves dist/ to anyone, and maps would hand out the console's source.
  build: { outDir: 'dist', emptyOutDir: true, sourcemap: false },
  server: {
    proxy: {
      '/graphql': { target: apiOrigin, ws: true },
      '/dev': { target: apiOrigin },
    },
  },
});
