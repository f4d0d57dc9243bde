#!/usr/bin/env node
// node bench/rate-limit-cost.mjs [--port 4885 --rounds 2 --seconds 8 --connections 50] (DATABASE_URL: any migrated, seeded database)
//
// What the shared rate limit costs on the cheapest read there is: an anonymous catalogue list
// answered from the process's cache (no database round trip of its own). Three arms, each a fresh
// production API process (TRUST_PROXY=true, so the client address comes from X-Forwarded-For):
//   off      RATE_LIMIT_ANON_PER_MINUTE=0
//   batched  the limit on, one client far below its budget: counted in the process, one batched
//            statement every 200 ms
//   direct   the limit on, a new client address per request: every request is its key's first in
//            the window, so one INSERT … ON CONFLICT round trip each (the cost without batching)
import { createRequire } from 'node:module';
import { parseArgs } from './lib/args.mjs';
import { databaseUrl } from './lib/db.mjs';
import { startApi } from './lib/processes.mjs';

const require = createRequire(import.meta.url);
const autocannon = require('autocannon');
const opts = parseArgs(process.argv.slice(2), { port: 4885, rounds: 2, seconds: 8, warmup: 3, connections: 50 });
const url = databaseUrl();
const log = (s) => process.stderr.write(`${s}\n`);

const ARMS = {
  off: { env: { RATE_LIMIT_ANON_PER_MINUTE: '0' }, address: () => '198.51.100.1' },
  batched: { env: { RATE_LIMIT_ANON_PER_MINUTE: '1000000' }, address: () => '198.51.100.1' },
  direct: { env: { RATE_LIMIT_ANON_PER_MINUTE: '1000000' }, address: (() => { let n = 0; return () => `10.${(++n >> 16) & 255}.${(n >> 8) & 255}.${n & 255}`; })() },
};

function load(arm, seconds) {
  return new Promise((resolve, reject) => {
    const inst = autocannon(
      {
        url: `http://127.0.0.1:${opts.port}/api/services`,
        connections: opts.connections,
        duration: seconds,
        requests: [{ setupRequest: (req) => ({ ...req, headers: { ...req.headers, 'x-forwarded-for': arm.address() } }) }],
      },
      (err, result) => (err ? reject(err) : resolve(result)),
    );
    void inst;
  });
}

const results = Object.fromEntries(Object.keys(ARMS).map((k) => [k, []]));
for (let round = 1; round <= opts.rounds; round++) {
  for (const [name, arm] of Object.entries(ARMS)) {
    const api = await startApi(url, opts.port, { extra: { TRUST_PROXY: 'true', ...arm.env } });
    try {
      await load(arm, opts.warmup);
      const r = await load(arm, opts.seconds);
      const non2xx = r.non2xx + r.errors;
      results[name].push({ rps: r.requests.average, p50: r.latency.p50, p99: r.latency.p99, non2xx });
      log(`round ${round} ${name.padEnd(8)} ${Math.round(r.requests.average)} req/s, p50 ${r.latency.p50} ms, p99 ${r.latency.p99} ms, non-2xx ${non2xx}`);
    } finally {
      await api.stop();
    }
  }
}
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
log('\narm       req/s (median)  p99 ms   vs off');
const off = median(results.off.map((r) => r.rps));
for (const [name, rs] of Object.entries(results)) {
  const rps = median(rs.map((r) => r.rps));
  log(`${name.padEnd(9)} ${String(Math.round(rps)).padStart(8)}  ${String(median(rs.map((r) => r.p99))).padStart(10)}   ${(rps / off).toFixed(2)}`);
}
