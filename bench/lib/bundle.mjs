// The storefront's JavaScript as a browser loads it: the home route's initial chunks (the entry
// script of index.html, its modulepreload links and their static imports) gzipped, and each lazy
// route's own chunks. Charts (echarts/zrender) must never be in a chunk the home route loads.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import { gzipSync } from 'node:zlib';

export const INITIAL_JS_BUDGET = 200 * 1024;
const CHART_MARKERS = /\bzrender\b|\becharts\b|\.ecModel\b|__ec_inner/i;

const STATIC_IMPORT = /(?:^|[;}\s])(?:import|export)\s*(?:[\w$*{}\s,]*?\s*from\s*)?["'`](\.{1,2}\/[^"'`]+?\.js)["'`]/g;
const DYNAMIC_IMPORT = /import\(\s*["'`](\.{1,2}\/[^"'`]+?\.js)["'`]\s*\)/g;

export function checkBundle(distDir) {
  const index = join(distDir, 'index.html');
  if (!existsSync(index)) return { ok: false, error: `${index} is missing (build the storefront: npx nx run web:build)` };
  const assets = join(distDir, 'assets');
  const html = readFileSync(index, 'utf8');
  const local = (href) => basename(href.split('?')[0]);
  const entries = [...html.matchAll(/<script[^>]*type="module"[^>]*src="([^"]+)"/g)].map((m) => local(m[1]));
  const preloads = [...html.matchAll(/<link[^>]*rel="modulepreload"[^>]*href="([^"]+)"/g)].map((m) => local(m[1]));

  const cache = new Map();
  const read = (file) => {
    if (!cache.has(file)) {
      const text = readFileSync(join(assets, file), 'utf8');
      cache.set(file, {
        text,
        gz: gzipSync(text).length,
        raw: Buffer.byteLength(text),
        statics: [...text.matchAll(STATIC_IMPORT)].map((m) => local(m[1])),
        dynamics: [...text.matchAll(DYNAMIC_IMPORT)].map((m) => local(m[1])),
        charts: CHART_MARKERS.test(text),
      });
    }
    return cache.get(file);
  };
  const closure = (roots, exclude = new Set()) => {
    const seen = new Set();
    const stack = [...roots];
    while (stack.length) {
      const f = stack.pop();
      if (seen.has(f) || exclude.has(f) || !existsSync(join(assets, f))) continue;
      seen.add(f);
      stack.push(...read(f).statics);
    }
    return seen;
  };
  const sum = (files) => [...files].reduce((n, f) => n + read(f).gz, 0);

  const initial = closure([...entries, ...preloads]);
  const lazy = new Set([...initial].flatMap((f) => read(f).dynamics));
  const jsFiles = readdirSync(assets).filter((f) => f.endsWith('.js'));
  const homeChunk = jsFiles.find((f) => /^home-[\w-]+\.js$/.test(f));
  const homeExtra = homeChunk ? closure([homeChunk], initial) : new Set();
  const homeAll = new Set([...initial, ...homeExtra]);
  const chartChunks = [...homeAll].filter((f) => read(f).charts);

  const routes = [...lazy]
    .filter((f) => existsSync(join(assets, f)))
    .map((f) => {
      const own = closure([f], initial);
      return { chunk: f, gzipBytes: sum(own), files: own.size, charts: [...own].some((x) => read(x).charts) };
    })
    .sort((a, b) => b.gzipBytes - a.gzipBytes);

  // What the browser must fetch before the home page shows: the initial chunks plus the home
  // route's lazy chunk and its own imports. That total is held to the budget.
  const homeGzip = sum(homeAll);
  return {
    ok: homeGzip <= INITIAL_JS_BUDGET && chartChunks.length === 0 && Boolean(homeChunk),
    homeRouteGzipBytes: homeGzip,
    budgetBytes: INITIAL_JS_BUDGET,
    initial: { files: [...initial].sort(), gzipBytes: sum(initial), rawBytes: [...initial].reduce((n, f) => n + read(f).raw, 0) },
    homeRoute: { chunk: homeChunk ?? null, files: [...homeExtra].sort(), gzipBytes: sum(homeExtra), totalWithInitialGzipBytes: sum(homeAll) },
    chartChunksOnHomeRoute: chartChunks,
    chartChunksAnywhere: jsFiles.filter((f) => read(f).charts),
    routes,
  };
}
