/** Builds the staff console for `/`: React through Vite's own JSX transform, no source maps. */
import { defineConfig } from 'vite';

export default defineConfig({
  base: '/',
  oxc: { jsx: { runtime: 'automatic', importSource: 'react' } },
  build: { outDir: 'dist', emptyOutDir: true, target: 'es2020', sourcemap: false, reportCompressedSize: true,
    rolldownOptions: {
      // Mantine marks its modules "use client" for React Server Components; a plain SPA has none.
      onwarn(warning, warn) {
        if (warning.code !== 'MODULE_LEVEL_DIRECTIVE') warn(warning);
      },
    },
  },
  server: { proxy: { '/api': process.env.CASEFILE_API ?? 'http://127.0.0.1:3000' } },
});
