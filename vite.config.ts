/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// base './' so that the static build works when served from any path.
export default defineConfig({
  base: './',
  plugins: [react()],
  worker: { format: 'es' },
  // The dev server pre-bundles the dependencies it finds by crawling from index.html; it
  // does not look into workers, so it found ELK only on the first auto layout, then
  // re-bundled and reloaded the page in the middle of it.
  optimizeDeps: { include: ['elkjs/lib/elk.bundled.js'] },
  build: { target: 'es2022', chunkSizeWarningLimit: 2000 },
  test: {
    include: ['src/**/*.test.ts', 'scripts/**/*.test.ts', 'presets/**/*.test.ts'],
    environment: 'node',
  },
});
