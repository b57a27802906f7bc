/** Builds the booking pages for `/book/`: one small module script and one stylesheet, no source maps. */
import { defineConfig } from 'vite';

export default defineConfig({
  base: '/book/',
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  build: { outDir: 'dist', emptyOutDir: true, target: 'es2020', sourcemap: false, reportCompressedSize: true },
  server: { proxy: { '/api': process.env.CASEFILE_API ?? 'http://127.0.0.1:3000' } },
});
