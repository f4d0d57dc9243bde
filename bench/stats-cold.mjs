#!/usr/bin/env node
// node bench/stats-cold.mjs [--port 4890 --repeats 5 --concurrent 10 --main dist/apps/api/main.js] (DATABASE_URL: a bench:seed database)
//
// The operator statistics cold: the first answer after a new statistics stamp (any intent write
// ends every kept trend and breakdown). Each repeat bumps the stamp with no change of the figures
// (stats_version, shard 0) and then asks each read once, one after another; then the same with
// `--concurrent` operators each asking a different 12-month period at once (kept answers are per
// period, so each computes). Prints the median and the maximum per read.
import { parseArgs } from './lib/args.mjs';
import { databaseUrl, withClient } from './lib/db.mjs';
import { shiftDate, todayCst } from './lib/measure.mjs';
import { getJson, signIn } from './lib/http.mjs';
import { API_MAIN, apiEnv, startNode } from './lib/processes.mjs';
import { BENCH_ACCOUNTS, BENCH_PASSWORD } from './seed.mjs';

const opts = parseArgs(process.argv.slice(2), { port: 4890, repeats: 5, concurrent: 10, main: API_MAIN });
const url = databaseUrl();
const log = (s) => process.stderr.write(`${s}\n`);
const shift = shiftDate;
const to = todayCst();
const year = (end) => `from=${shift(end, -364)}&to=${end}`;
const READS = {
  'stats-30d': () => '/api/stats/overview',
  'stats-trend-12m': (end) => `/api/stats/trend?${year(end)}&granularity=month`,
  ...Object.fromEntries(['category', 'provider', 'tier', 'stage'].map((d) => [`stats-by-${d}`, (end) => `/api/stats/breakdown/${d}?${year(end)}`])),
  'stats-funnel-12m': (end) => `/api/stats/overview?${year(end)}`,
};
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const bump = () => withClient(url, (c) => c.query(`UPDATE stats_version SET version = version + 1 WHERE shard = 0`));

const api = await startNode('api', opts.main, { env: apiEnv(url, opts.port), readyUrl: `http://127.0.0.1:${opts.port}/api/health` });
try {
  const base = `http://127.0.0.1:${opts.port}`;
  const op = await signIn(base, BENCH_ACCOUNTS.operator, BENCH_PASSWORD);
  const timed = async (path) => {
    const t0 = performance.now();
    const res = await getJson(base + path, { cookie: op.cookie });
    return { ms: performance.now() - t0, status: res.status };
  };
  const results = {};
  for (let r = 0; r < opts.repeats; r++) {
    await bump();
    for (const [name, path] of Object.entries(READS)) {
      const { ms, status } = await timed(path(to));
      (results[name] ??= { single: [], concurrent: [], statuses: {} }).single.push(ms);
      results[name].statuses[status] = (results[name].statuses[status] ?? 0) + 1;
    }
  }
  for (const [name, path] of Object.entries(READS)) {
    for (let r = 0; r < Math.max(1, Math.floor(opts.repeats / 2)); r++) {
      await bump();
      // Different periods (ending on different days): no two share a kept answer.
      const runs = await Promise.all(Array.from({ length: opts.concurrent }, (_, k) => timed(path(shift(to, -k)))));
      for (const { ms, status } of runs) {
        results[name].concurrent.push(ms);
        results[name].statuses[status] = (results[name].statuses[status] ?? 0) + 1;
      }
    }
  }
  log(`cold statistics reads (${opts.repeats} stamps; ${opts.concurrent} at once for the second figure), ms:`);
  for (const [name, r] of Object.entries(results)) {
    log(`  ${name.padEnd(18)} single median ${median(r.single).toFixed(0).padStart(6)}  max ${Math.max(...r.single).toFixed(0).padStart(6)}   ` +
      `${opts.concurrent} at once median ${median(r.concurrent).toFixed(0).padStart(6)}  max ${Math.max(...r.concurrent).toFixed(0).padStart(6)}   statuses ${JSON.stringify(r.statuses)}`);
  }
  process.stdout.write(`${JSON.stringify(results)}\n`);
} finally {
  await api.stop();
}
