import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

export default defineConfig({
  root: 'bench/bare',
  base: './',
  plugins: [react()],
  build: { outDir: '../results/bare-dist', emptyOutDir: true, target: 'es2022' },
});
