/// <reference types='vitest' />
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

const CONTRACTS_SOURCE = /[\\/]libs[\\/]contracts[\\/]src[\\/]/;

// The API is served on the same origin under /api; in dev and preview Vite forwards it.
const apiProxy = {
  '/api': {
    target: process.env.API_URL ?? 'http://localhost:3000',
    changeOrigin: true,
  },
};

export default defineConfig(() => ({
  root: import.meta.dirname,
  cacheDir: '../../node_modules/.vite/apps/web',
  server: {
    port: 4200,
    host: 'localhost',
    proxy: apiProxy,
  },
  preview: {
    port: 4300,
    host: 'localhost',
    proxy: apiProxy,
  },
  plugins: [react()],
  // Resolves @qifu/contracts from tsconfig.base.json paths (Vite's own; replaces nxViteTsPaths).
  resolve: { tsconfigPaths: true },
  build: {
    outDir: '../../dist/apps/web',
    emptyOutDir: true,
    reportCompressedSize: true,
    commonjsOptions: {
      transformMixedEsModules: true,
    },
    rolldownOptions: {
      treeshake: {
        // @qifu/contracts does nothing at import time. Saying so lets the bundler drop its
        // zod schemas (and zod, ~20 kB gzipped) when the web uses only its enums.
        moduleSideEffects: (id: string) =>
          CONTRACTS_SOURCE.test(id) ? false : undefined,
      },
    },
  },
  define: {
    'import.meta.vitest': undefined,
  },
  test: {
    name: 'web',
    watch: false,
    globals: true,
    environment: 'jsdom',
    setupFiles: ['./src/test-setup.ts'],
    include: ['{src,tests}/**/*.{test,spec}.{js,mjs,cjs,ts,mts,cts,jsx,tsx}'],
    includeSource: ['src/**/*.{js,mjs,cjs,ts,mts,cts,jsx,tsx}'],
    reporters: ['default'],
    coverage: {
      reportsDirectory: '../../coverage/apps/web',
      provider: 'v8' as const,
    },
  },
}));
