#!/usr/bin/env node
// npm run bench:embedded [-- --repeats 20 --port 4730 --no-build --strict]
//
// The embedded default (no DATABASE_URL: PGlite served over the wire protocol, one connection) at the
// demo data, as `npm start` gives a new user: every read the scale benchmark measures, each asked
// `repeats` times one after another (one user, no load: the embedded server serves one connection),
// by the account that opens it. Target: p95 under 20 ms for each. Prints a line per read with PASS or
// FAIL and writes bench/results/<time>-embedded.json. Exits 1 when a read answers anything but 200
// or a body of the wrong shape; with --strict, also when a read misses the target.
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from './lib/args.mjs';
import { quantile, shiftDate, todayCst } from './lib/measure.mjs';
import { getJson, signIn } from './lib/http.mjs';
import { API_MAIN, ROOT, nxBuild, startNode } from './lib/processes.mjs';

const opts = parseArgs(process.argv.slice(2), { repeats: 20, port: 4730, build: true, strict: false, keep: false });
const TARGET_MS = 20;
const DEMO_PASSWORD = 'qifu-demo-password';
const q = encodeURIComponent;
const log = (s) => process.stdout.write(`${s}\n`);

async function main() {
  if (opts.build) nxBuild(['api']);
  const dir = mkdtempSync(join(tmpdir(), 'qifu-embedded-bench-'));
  // The embedded default is what runs without DATABASE_URL: make sure none leaks in from the caller.
  delete process.env.DATABASE_URL;
  const started = performance.now();
  const api = await startNode('api', API_MAIN, {
    env: {
      NODE_ENV: 'development',
      LOG_LEVEL: 'warn',
      PORT: String(opts.port),
      HOST: '127.0.0.1',
      EMBEDDED_DB_DIR: join(dir, 'pglite'),
      MAIL_OUTBOX_DIR: join(dir, 'outbox'),
      RATE_LIMIT_ANON_PER_MINUTE: '0',
      OVERDUE_SWEEP_SECONDS: '0',
      JOBS_ENABLED: 'false',
      WEB_DIST_DIR: '/nonexistent',
    },
    readyUrl: `http://127.0.0.1:${opts.port}/api/health`,
    timeoutMs: 300_000,
  });
  const readyMs = Math.round(performance.now() - started);
  const base = `http://127.0.0.1:${opts.port}`;
  const failures = [];
  const results = [];
  try {
    log(`embedded API ready in ${readyMs} ms (fresh data directory: migrations and the demo seed)`);
    const [operator, company, provider] = await Promise.all(
      ['operator@demo.qifu', 'company@demo.qifu', 'provider@demo.qifu'].map((e) => signIn(base, e, DEMO_PASSWORD)),
    );
    const as = (who) => ({ cookie: who.cookie });
    const first = async (path, who) => {
      const res = await getJson(base + path, who ? as(who) : {});
      if (res.status !== 200) throw new Error(`${path}: ${res.status} ${JSON.stringify(res.body).slice(0, 200)}`);
      return res.body;
    };
    const services = await first('/api/services');
    const serviceId = services.items[0].id;
    const companyIntents = await first('/api/intents', company);
    const intentId = companyIntents.items[0]?.id;
    if (!intentId) throw new Error('the demo company has no intent to open');
    const opPage1 = await first('/api/intents', operator);
    const deep = opPage1.nextCursor ? `/api/intents?cursor=${q(opPage1.nextCursor)}` : '/api/intents?page=2';
    const to = todayCst();
    const year = `from=${shiftDate(to, -364)}&to=${to}`;

    const list = (b) => (Array.isArray(b?.items) ? null : 'no items');
    const reads = [
      ['catalogue list, page 1', '/api/services', null, list],
      ['catalogue list, page 2', '/api/services?page=2', null, list],
      ['service detail', `/api/services/${serviceId}`, null, (b) => (b?.id === serviceId ? null : 'wrong service')],
      ['search 税 (one character)', `/api/services?q=${q('税')}`, null, list],
      ['search 社保 (two characters)', `/api/services?q=${q('社保')}`, null, list],
      ['search 知识产权', `/api/services?q=${q('知识产权')}`, null, list],
      ['search gq (pinyin initials)', '/api/services?q=gq', null, list],
      ['suggest 社', `/api/search/suggest?q=${q('社')}`, null, null],
      ['operator intent list, page 1', '/api/intents', operator, list],
      ['operator intent list, next page', deep, operator, list],
      ['operator intent list, status submitted', '/api/intents?status=submitted', operator, list],
      ['operator intent list, search 审计', `/api/intents?q=${q('审计')}`, operator, list],
      ['provider inbox (urgency order)', '/api/intents', provider, list],
      ['company intent list', '/api/intents', company, list],
      ['intent detail', `/api/intents/${intentId}`, company, (b) => (b?.id === intentId ? null : 'wrong intent')],
      ['intent thread', `/api/intents/${intentId}/messages`, company, list],
      ['company list', '/api/companies', operator, list],
      ['statistics overview (30 days)', '/api/stats/overview', operator, (b) => (Array.isArray(b?.funnel) ? null : 'no funnel')],
      ['statistics trend (12 months)', `/api/stats/trend?${year}&granularity=month`, operator, null],
      ...['category', 'provider', 'tier', 'stage'].map((d) => [`statistics by ${d} (12 months)`, `/api/stats/breakdown/${d}?${year}`, operator, null]),
      ['problem ledger', '/api/problems', operator, list],
      ['problem dashboard', '/api/operator/problems/dashboard', operator, null],
      ['recommendations (company home)', '/api/recommendations?context=home', company, list],
    ];

    for (const [title, path, who, check] of reads) {
      const headers = who ? as(who) : {};
      // Two untimed asks first: the first fills the per-version caches, as any earlier visitor would.
      for (let i = 0; i < 2; i++) await getJson(base + path, headers);
      const times = [];
      let problem = null;
      for (let i = 0; i < opts.repeats; i++) {
        const t0 = performance.now();
        const res = await getJson(base + path, headers);
        times.push(performance.now() - t0);
        const wrong = res.status !== 200 ? `status ${res.status}` : check ? check(res.body) : null;
        if (wrong && !problem) problem = wrong;
      }
      const p50 = quantile(times, 0.5);
      const p95 = quantile(times, 0.95);
      const max = quantile(times, 1);
      const pass = !problem && p95 < TARGET_MS;
      results.push({ title, path, p50, p95, max, pass, problem });
      if (problem) failures.push(`${title}: ${problem}`);
      log(`${pass ? 'PASS' : 'FAIL'}  ${title.padEnd(40)} p50 ${String(p50).padStart(6)} ms  p95 ${String(p95).padStart(6)} ms  max ${String(max).padStart(6)} ms${problem ? `  (${problem})` : ''}`);
    }
  } finally {
    await api.stop();
    if (!opts.keep) rmSync(dir, { recursive: true, force: true });
  }
  const slow = results.filter((r) => !r.problem && !r.pass);
  log(`\n${results.length - slow.length - failures.length}/${results.length} reads under ${TARGET_MS} ms (p95 of ${opts.repeats}, one after another) on the embedded default`);
  const out = join(ROOT, 'bench/results');
  mkdirSync(out, { recursive: true });
  const file = join(out, `${new Date().toISOString().replace(/[:.]/g, '-')}-embedded.json`);
  writeFileSync(file, JSON.stringify({ at: new Date().toISOString(), targetMs: TARGET_MS, repeats: opts.repeats, readyMs, results }, null, 2));
  log(`results: ${file}`);
  if (failures.length) {
    log(`wrong answers:\n  ${failures.join('\n  ')}`);
    process.exit(1);
  }
  if (opts.strict && slow.length) process.exit(1);
}

main().catch((e) => {
  process.stderr.write(`${e.stack ?? e}\n`);
  process.exit(1);
});
