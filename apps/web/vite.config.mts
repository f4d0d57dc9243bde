/// <reference types='vitest' />
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';

const CONTRACTS_SOURCE = /[\\/]libs[\\/]contracts[\\/]src[\\/]/;

/**
 * The home page is the budgeted first visit (entry + home ≤ 200 kB gzipped). Left alone, the
 * bundler splits what home imports into a dozen small files by which other pages share each
 * module, and every file costs its own gzip and import glue (~3 kB in all). This finds the
 * modules home needs beyond the entry, so one chunk group can keep them together.
 */
function homePageModules(): { plugin: Plugin; has: (id: string) => boolean } {
  let members = new Set<string>();
  return {
    has: (id) => members.has(id),
    plugin: {
      name: 'qifu:home-page-modules',
      apply: 'build',
      buildEnd() {
        const ids = [...this.getModuleIds()];
        const reach = (suffix: string) => {
          const seen = new Set<string>();
          const stack = ids.filter((id) => id.endsWith(suffix));
          while (stack.length) {
            const id = stack.pop() as string;
            if (seen.has(id)) continue;
            seen.add(id);
            stack.push(...(this.getModuleInfo(id)?.importedIds ?? []));
          }
          return seen;
        };
        const initial = reach('/src/main.tsx');
        // The route module itself stays its own chunk: other pages share the rest, not it.
        members = new Set(
          [...reach('/src/app/routes/home.tsx')].filter(
            (id) =>
              !initial.has(id) && !id.endsWith('/src/app/routes/home.tsx'),
          ),
        );
      },
    },
  };
}

const homePage = homePageModules();

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
  plugins: [react(), homePage.plugin],
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
      output: {
        codeSplitting: {
          groups: [
            {
              // Everything every page loads statically, in one file rather than a dozen
              // split by which lazy pages also use each module (~4 kB gzipped saved).
              name: 'app',
              tags: ['$initial' as const],
              priority: 2,
            },
            {
              // What the home page adds (see homePageModules); other storefront pages share it.
              name: 'home-page',
              test: (id: string) => homePage.has(id),
              priority: 1,
            },
          ],
        },
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
    // antd forms in jsdom are slow (its CSS-in-JS); a loaded CI machine needs the headroom.
    testTimeout: 30_000,
    include: ['{src,tests}/**/*.{test,spec}.{js,mjs,cjs,ts,mts,cts,jsx,tsx}'],
    includeSource: ['src/**/*.{js,mjs,cjs,ts,mts,cts,jsx,tsx}'],
    reporters: ['default'],
    coverage: {
      reportsDirectory: '../../coverage/apps/web',
      provider: 'v8' as const,
    },
  },
}));
