#!/usr/bin/env node
// npm run bench [-- --smoke | --quick] [--rounds 3 --warmup 5 --duration 15 --only list-p1,detail --no-build --cold-repeats 20]
//
// Measures the production build of the API against a baseline (bare Fastify + pg replaying the
// SQL captured from the API for the same request) on the data of DATABASE_URL (see bench:seed),
// arms interleaved API/baseline over several rounds; checks intent writes (row count), the
// statistics' exactness, the API's memory and the storefront bundle; writes
// bench/results/<timestamp>.json, updates BENCHMARKS.md and prints PASS/FAIL per target.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync, existsSync, rmSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { parseArgs } from './lib/args.mjs';
import { checkBundle } from './lib/bundle.mjs';
import { assertBenchDatabase, databaseUrl, UsageError, withClient } from './lib/db.mjs';
import { getJson, signIn } from './lib/http.mjs';
import { coldSearch, dbMonitor, deepIntentPath, explainArm, measureExport } from './lib/user-reads.mjs';
import { LOADER, runLoad } from './lib/load.mjs';
import { shiftDate, todayCst } from './lib/measure.mjs';
import { ROOT, nxBuild, startApi, startNode } from './lib/processes.mjs';
import { BENCH_ACCOUNTS, BENCH_PASSWORD, BENCH_THREAD_MESSAGES, seed } from './seed.mjs';

const SMOKE_DATA = { intents: 3000, providers: 20, services: 200, companies: 300 };
const POOL_SIZE = 10;
const TARGET_MS = 50;

const opts = (() => {
  try {
    return parseArgs(process.argv.slice(2), {
      smoke: false,
      quick: false,
      coldRepeats: 0,
      exportTimeout: 900,
      rounds: 0,
      warmup: -1,
      duration: 0,
      connections: 50,
      only: '',
      build: true,
      seed: true,
      port: 4410,
      updateMarkdown: true,
      force: false,
      searchReference: '',
    });
  } catch (err) {
    process.stderr.write(`${err.message}\n`);
    process.exit(2);
  }
})();
// --quick: one short round (a look at the effect of a change, not a figure for BENCHMARKS.md).
const rounds = opts.rounds || (opts.smoke || opts.quick ? 1 : 3);
const warmupMs = (opts.warmup >= 0 ? opts.warmup : opts.smoke ? 0.5 : opts.quick ? 2 : 5) * 1000;
const durationMs = (opts.duration || (opts.smoke ? 1 : opts.quick ? 5 : 15)) * 1000;
const coldRepeats = opts.coldRepeats || (opts.smoke ? 3 : 20);
const mode = opts.smoke ? 'smoke' : opts.quick ? 'quick' : 'full';
const API_PORT = opts.port;
const BASE_PORT = opts.port + 1;
const CAPTURE_PORT = opts.port + 2;

const log = (s = '') => process.stderr.write(`${s}\n`);
const median = (xs) => {
  const s = xs.filter((x) => x !== null && Number.isFinite(x)).sort((a, b) => a - b);
  if (!s.length) return null;
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
/** A search's hit count; N+ when the API capped it (`totalCapped`). */
const hitsText = (x) => `${x.hits}${x.hitsCapped ? '+' : ''}`;
const r2 = (v) => (v === null || v === undefined ? null : Math.round(v * 100) / 100);

// Background statements that can land inside a capture window but belong to no request.
const BACKGROUND_SQL = [/^\s*INSERT INTO service_view_pending/, /^\s*WITH moved AS \(DELETE FROM service_view_pending/];

async function main() {
  const started = Date.now();
  const loadAtStart = os.loadavg();
  const url = databaseUrl();
  const dbName = assertBenchDatabase(url, opts.force);
  log(`qifu bench${mode === 'full' ? '' : ` (${mode})`}: database ${dbName}, ${rounds} round(s), warm-up ${warmupMs / 1000} s + ${durationMs / 1000} s per arm, loader: ${LOADER}`);

  if (opts.build) {
    const ms = nxBuild(['api', 'web']);
    log(`  builds ready (${(ms / 1000).toFixed(1)} s)`);
  }
  let seeded = null;
  if (opts.smoke && opts.seed) {
    // Smoke mode replaces the data with a tiny set: never silently over a park-scale one.
    const existing = await withClient(url, async (c) => Number((await c.query(`SELECT count(*) FROM intent`)).rows[0].count)).catch(() => 0);
    if (existing > 50_000 && !opts.force) {
      throw new UsageError(`${dbName} holds ${existing.toLocaleString('en-US')} intents; --smoke would replace them with a tiny data set. Use another database (e.g. qifu_bench_smoke) or pass --force.`);
    }
    seeded = await seed({ ...SMOKE_DATA, build: false, port: CAPTURE_PORT, force: opts.force });
  }

  const data = await withClient(url, async (c) => {
    const totals = (await c.query(`SELECT (SELECT count(*) FROM provider)::int AS providers, (SELECT count(*) FROM service_listing)::int AS services,
        (SELECT count(*) FROM service_listing WHERE status = 'published')::int AS published, (SELECT count(*) FROM company)::int AS companies,
        (SELECT count(*) FROM intent)::int AS intents, (SELECT count(*) FROM intent_event)::int AS events,
        (SELECT count(*) FROM intent_message)::int AS messages, (SELECT count(*) FROM intent_rating)::int AS ratings`)).rows[0];
    const users = (await c.query(`SELECT email, company_id FROM app_user WHERE email = ANY($1)`, [Object.values(BENCH_ACCOUNTS)])).rows;
    const detail = (await c.query(`SELECT s.id FROM service_listing s JOIN provider p ON p.id = s.provider_id
                                    WHERE s.status = 'published' AND p.status = 'approved' ORDER BY s.rating_count DESC, s.id LIMIT 1`)).rows[0];
    const pg = (await c.query(`SHOW server_version`)).rows[0].server_version;
    const company = users.find((u) => u.email === BENCH_ACCOUNTS.company);
    // The bench company's long thread (seed.mjs tops one intent up to BENCH_THREAD_MESSAGES).
    const thread = company
      ? (await c.query(`SELECT m.intent_id FROM intent_message m JOIN intent i ON i.id = m.intent_id WHERE i.company_id = $1
                         GROUP BY m.intent_id HAVING count(*) = $2 ORDER BY m.intent_id LIMIT 1`, [company.company_id, BENCH_THREAD_MESSAGES])).rows[0]
      : null;
    // Exports cover every intent: from the first intent's day (China time) to today.
    const first = (await c.query(`SELECT to_char(min(created_at) AT TIME ZONE 'Asia/Shanghai', 'YYYY-MM-DD') AS d FROM intent`)).rows[0].d;
    return { totals, users, detailId: detail?.id, threadId: thread?.intent_id, firstDay: first, pg };
  }).catch((err) => {
    throw new UsageError(`Cannot read the benchmark data in ${dbName} (${err.message}). Run npm run bench:seed first.`);
  });
  if (data.users.length !== Object.keys(BENCH_ACCOUNTS).length || !data.detailId || !data.threadId) {
    throw new UsageError(`${dbName} has no benchmark data of this harness (${Object.keys(BENCH_ACCOUNTS).length} bench accounts, a ${BENCH_THREAD_MESSAGES}-message thread). Run: DATABASE_URL=${url} npm run bench:seed -- --intents 1000000 --services 100000`);
  }
  const writerUser = data.users.find((u) => u.email === BENCH_ACCOUNTS.writer);
  log(`  data: ${Object.entries(data.totals).map(([k, v]) => `${k} ${v.toLocaleString('en-US')}`).join(', ')}`);

  // --- sessions (stored in PostgreSQL, so they survive the API restarts below) ---
  const tmp = join(os.tmpdir(), `qifu-bench-${process.pid}`);
  mkdirSync(tmp, { recursive: true });
  const captureFile = join(tmp, 'sql.jsonl');
  writeFileSync(captureFile, '');
  // The capture API reads the catalogue version per request (no NOTIFY feed): the baseline replays
  // that read on every request, the measured API (feed on) serves kept answers with no round trip.
  const capture = await startApi(url, CAPTURE_PORT, { extra: { BENCH_SQL_CAPTURE: captureFile, CATALOGUE_VERSION_PUSH: 'false' }, nodeArgs: ['--require', join(ROOT, 'bench/lib/sql-capture.cjs')] });
  const apiBase = (port) => `http://127.0.0.1:${port}`;
  let api = null;
  let baseline = null;
  const cleanup = [];
  try {
    const company = await signIn(apiBase(CAPTURE_PORT), BENCH_ACCOUNTS.company, BENCH_PASSWORD);
    const writer = await signIn(apiBase(CAPTURE_PORT), BENCH_ACCOUNTS.writer, BENCH_PASSWORD);
    const operator = await signIn(apiBase(CAPTURE_PORT), BENCH_ACCOUNTS.operator, BENCH_PASSWORD);
    const provider = await signIn(apiBase(CAPTURE_PORT), BENCH_ACCOUNTS.provider, BENCH_PASSWORD);

    const pageSize = 12;
    const deepPage = Math.max(2, Math.floor(Math.ceil(data.totals.published / pageSize) * 0.8));
    const to = todayCst();
    const from3y = shiftDate(to, -3 * 365);
    const q = encodeURIComponent;
    const from12m = shiftDate(to, -364);
    const year = `from=${from12m}&to=${to}`;
    const op = { cookie: operator.cookie };
    const threadLastPage = Math.ceil(BENCH_THREAD_MESSAGES / 20);
    const wanted = (name) => !opts.only || opts.only.split(',').includes(name);
    const intentDeep = wanted('op-intents-deep') ? await deepIntentPath({ base: apiBase(CAPTURE_PORT), headers: op, page: 500, getJson }) : '/api/intents?page=500';
    const items = (min = 1) => (b) => (Array.isArray(b?.items) && b.items.length >= min ? null : `expected at least ${min} item(s), got ${Array.isArray(b?.items) ? b.items.length : typeof b}`);
    // What users open, each as its real user. `baseline: false`: judged against other arms of
    // the same run (the issue's targets), so no same-SQL replay is measured for them.
    const userArms = [
      { name: 'op-intents-p1', title: 'operator intent list, page 1', path: '/api/intents', connections: opts.connections, headers: op, target: 'user-list', explain: true, check: items() },
      { name: 'op-intents-deep', title: `operator intent list, ${intentDeep.replace('/api/intents?', '')}`, path: intentDeep, connections: opts.connections, headers: op, target: 'user-list', explain: true, check: items() },
      { name: 'op-intents-status', title: 'operator intent list, status submitted', path: '/api/intents?status=submitted', connections: opts.connections, headers: op, target: 'user-list', explain: true, check: items() },
      { name: 'op-intents-search', title: 'operator intent list, search 审计', path: `/api/intents?q=${q('审计')}`, connections: opts.connections, headers: op, target: 'user-list', explain: true, check: items() },
      { name: 'provider-inbox', title: 'busiest provider inbox (urgency order)', path: '/api/intents', connections: opts.connections, headers: { cookie: provider.cookie }, target: 'user-list', explain: true, check: items() },
      { name: 'intent-detail', title: 'intent detail (200-message thread)', path: `/api/intents/${data.threadId}`, connections: opts.connections, headers: { cookie: company.cookie }, target: 'user-list', explain: true,
        check: (b) => (b?.id === data.threadId && Array.isArray(b.events) && b.events.length ? null : 'no detail with events') },
      { name: 'intent-thread', title: `intent thread, last page (${BENCH_THREAD_MESSAGES} messages)`, path: `/api/intents/${data.threadId}/messages?page=${threadLastPage}&pageSize=20`, connections: opts.connections, headers: { cookie: company.cookie },
        target: 'user-list', explain: true, check: (b) => (Number(b?.total) === BENCH_THREAD_MESSAGES && b.items?.length === 20 ? null : `expected ${BENCH_THREAD_MESSAGES} messages and a full last page, got total ${b?.total}, ${b?.items?.length} items`) },
      { name: 'stats-trend-12m', title: 'stats trend (12 months, monthly)', path: `/api/stats/trend?${year}&granularity=month`, connections: 10, headers: op, target: 'user-stats',
        check: (b) => (b && typeof b === 'object' && JSON.stringify(b).length > 50 ? null : 'empty trend') },
      ...['category', 'provider', 'tier', 'stage'].map((d) => ({
        name: `stats-by-${d}`, title: `stats breakdown by ${d} (12 months)`, path: `/api/stats/breakdown/${d}?${year}`, connections: 10, headers: op, target: 'user-stats',
        check: (b) => (b && typeof b === 'object' && JSON.stringify(b).length > 30 ? null : 'empty breakdown'),
      })),
      // The funnel has no route of its own: it is the overview's `funnel` (12 months here).
      { name: 'stats-funnel-12m', title: 'stats funnel (overview, 12 months)', path: `/api/stats/overview?${year}`, connections: 10, headers: op, target: 'user-stats',
        check: (b) => (Array.isArray(b?.funnel) && b.funnel.length && b.funnel[0].count > 0 ? null : 'empty funnel') },
    ].map((a) => ({ baseline: false, ...a }));
    const arms = [
      { name: 'list-p1', title: 'catalogue list, page 1', path: '/api/services', connections: opts.connections, target: 'catalogue' },
      { name: 'list-deep', title: `catalogue list, page ${deepPage}`, path: `/api/services?page=${deepPage}`, connections: opts.connections, target: 'catalogue' },
      { name: 'detail', title: 'service detail', path: `/api/services/${data.detailId}`, connections: opts.connections, target: 'catalogue' },
      { name: 'search-ip', title: 'search 知识产权', path: `/api/services?q=${q('知识产权')}`, connections: 20, target: 'search' },
      { name: 'search-one', title: 'search 税 (one character)', path: `/api/services?q=${q('税')}`, connections: 20, target: 'search' },
      { name: 'search-two', title: 'search 社保 (two characters)', path: `/api/services?q=${q('社保')}`, connections: 20, target: 'search' },
      { name: 'search-latin', title: 'search "iso" (Latin)', path: `/api/services?q=iso`, connections: 20, target: 'search' },
      // Suggestions while typing: kept per catalogue version, so cheap enough for --quick too.
      { name: 'suggest-prefix', title: 'suggest 社 (while typing)', path: `/api/search/suggest?q=${q('社')}`, connections: 20, target: 'suggest', baseline: false },
      { name: 'suggest-initials', title: 'suggest gq (pinyin initials)', path: '/api/search/suggest?q=gq', connections: 20, target: 'suggest', baseline: false },
      { name: 'company-intents', title: 'company intent list', path: '/api/intents', connections: opts.connections, headers: { cookie: company.cookie }, target: 'intents', explain: true, check: items() },
      { name: 'stats-30d', title: 'stats overview (default 30 days)', path: '/api/stats/overview', connections: 10, headers: { cookie: operator.cookie }, target: 'stats' },
      { name: 'stats-3y', title: 'stats overview (3 years, all intents)', path: `/api/stats/overview?from=${from3y}&to=${to}`, connections: 10, headers: { cookie: operator.cookie }, target: 'stats-info' },
      ...userArms,
    ].filter((a) => wanted(a.name));

    // --- capture the SQL the API sends for one request of each arm ---
    let offset = 0;
    const readCapture = () => {
      const text = readFileSync(captureFile, 'utf8');
      const lines = text.slice(offset).split('\n').filter(Boolean).map((l) => JSON.parse(l));
      offset = text.length;
      return lines;
    };
    for (const arm of arms) {
      const warm = await getJson(apiBase(CAPTURE_PORT) + arm.path, arm.headers);
      if (warm.status !== 200) throw new Error(`${arm.name}: ${arm.path} answered ${warm.status} ${JSON.stringify(warm.body).slice(0, 300)}`);
      await new Promise((r) => setTimeout(r, 100));
      readCapture();
      const res = await getJson(apiBase(CAPTURE_PORT) + arm.path, arm.headers);
      await new Promise((r) => setTimeout(r, 100));
      const statements = readCapture().filter((s) => !BACKGROUND_SQL.some((re) => re.test(s.text)));
      if (res.status !== 200 || !statements.length) throw new Error(`${arm.name}: capture failed (${res.status}, ${statements.length} statements)`);
      // Correctness of the answer itself (smoke mode judges only this and the status codes).
      const wrong = arm.check?.(res.body);
      if (wrong) throw new Error(`${arm.name}: ${arm.path} answered 200 but ${wrong}`);
      statements.sort((a, b) => a.start - b.start);
      arm.captured = statements;
      // Statements that started before the previous one finished ran concurrently in the API.
      const groups = [];
      let groupEnd = -Infinity;
      for (const s of statements) {
        if (groups.length && s.start < groupEnd) groups[groups.length - 1].push(s);
        else groups.push([s]);
        groupEnd = Math.max(groupEnd, s.end);
      }
      arm.groups = groups.map((g) => g.map((s) => (s.name ? { name: s.name, text: s.text, values: s.values } : { text: s.text, values: s.values })));
      arm.sql = arm.groups.map((g) => g.map((s) => s.text.replace(/\s+/g, ' ').trim()));
      arm.apiResponseBytes = JSON.stringify(res.body).length;
      if (arm.name.startsWith('search')) {
        arm.hits = res.body.total;
        arm.hitsCapped = res.body.totalCapped === true;
      }
      if (arm.name === 'company-intents') arm.companyIntents = res.body.total;
    }
    await capture.stop();
    log(`  captured the API's SQL for ${arms.length} reads: ${arms.map((a) => `${a.name} ${a.groups.flat().length}`).join(', ')}`);

    // --- the list statements' plans on this data, before any load (arms[].explain) ---
    const monitor = await dbMonitor(url);
    cleanup.push(() => monitor.end());
    for (const arm of arms.filter((a) => a.explain)) {
      arm.explain = await explainArm(monitor.client, arm.captured);
      log(`  EXPLAIN ${arm.name.padEnd(18)} ${arm.explain.map((e) => (e.error ? `error: ${e.error}` : `execution ${e.executionMs} ms, planning ${e.planningMs} ms`)).join('; ')}`);
    }

    // --- the API as measured (no capture hook) and the baseline ---
    api = await startApi(url, API_PORT);
    const armsFile = join(tmp, 'arms.json');
    const baselineArms = arms.filter((a) => a.baseline !== false);
    writeFileSync(armsFile, JSON.stringify(baselineArms.map(({ name, groups }) => ({ name, groups }))));
    baseline = await startNode('baseline', join(ROOT, 'bench/baseline.mjs'), { args: [armsFile, String(BASE_PORT), url, String(POOL_SIZE)], readyUrl: `${apiBase(BASE_PORT)}/health` });
    for (const arm of baselineArms) {
      const b = await getJson(`${apiBase(BASE_PORT)}/arm/${arm.name}`);
      if (b.status !== 200) throw new Error(`baseline ${arm.name} answered ${b.status}: ${JSON.stringify(b.body).slice(0, 300)}`);
      arm.baselineResponseBytes = JSON.stringify(b.body).length;
    }

    // --- measure: rounds outside, arms inside, API then baseline for each arm ---
    const runs = Object.fromEntries(arms.map((a) => [a.name, { api: [], baseline: [] }]));
    const writeRuns = [];
    const wantWrites = !opts.only || opts.only.split(',').includes('create-intent');
    const intentBody = JSON.stringify({ serviceId: data.detailId, need: '压测：希望尽快对接，请介绍服务流程和报价。', budgetNegotiable: true, wishedStartDate: shiftDate(to, 30), contactName: '压测联系人', contactPhone: '13800000000' });
    const countWriter = () => withClient(url, async (c) => (await c.query(`SELECT count(*)::int AS n FROM intent WHERE company_id = $1`, [writerUser.company_id])).rows[0].n);
    for (let round = 1; round <= rounds; round++) {
      for (const arm of arms) {
        for (const side of arm.baseline === false ? ['api'] : ['api', 'baseline']) {
          // A slow arm's statements may still run after its window: start each arm on a quiet database.
          await monitor.waitIdle();
          const target = side === 'api' ? apiBase(API_PORT) + arm.path : `${apiBase(BASE_PORT)}/arm/${arm.name}`;
          // Smoke mode: the capture step already warmed the arms that have no baseline.
          const armWarmupMs = opts.smoke && arm.baseline === false ? 0 : warmupMs;
          const res = await runLoad({ url: target, headers: side === 'api' ? arm.headers ?? {} : {}, connections: arm.connections, warmupMs: armWarmupMs, durationMs });
          runs[arm.name][side].push(res);
          log(`  round ${round} ${arm.name.padEnd(16)} ${side.padEnd(8)} ${String(res.rps).padStart(8)} req/s  p50 ${res.latencyMs.p50} ms  p95 ${res.latencyMs.p95} ms  p99 ${res.latencyMs.p99} ms${res.non2xx || res.errors ? `  non-2xx ${res.non2xx} errors ${res.errors} statuses ${JSON.stringify(res.statuses)}` : ''}${res.ok ? '' : '  (no 2xx completed within the window)'}`);
        }
      }
      if (wantWrites) {
        await monitor.waitIdle();
        const before = await countWriter();
        const res = await runLoad({
          url: `${apiBase(API_PORT)}/api/intents`,
          method: 'POST',
          headers: { cookie: writer.cookie, 'x-csrf-token': writer.csrf, 'content-type': 'application/json' },
          body: intentBody,
          connections: opts.connections,
          warmupMs: 0,
          durationMs: warmupMs + durationMs,
        });
        // Requests still in flight when the window closed may commit a moment later: wait
        // until the count settles before comparing.
        let after = await countWriter();
        for (let i = 0; i < 50; i++) {
          await new Promise((r) => setTimeout(r, 200));
          const again = await countWriter();
          if (again === after) break;
          after = again;
        }
        res.rowsAdded = after - before;
        res.answered2xx = res.ok + (res.late2xx ?? 0);
        res.lost = Math.max(0, res.answered2xx - res.rowsAdded);
        writeRuns.push(res);
        log(`  round ${round} ${'create-intent'.padEnd(16)} api      ${String(res.rps).padStart(8)} writes/s  p50 ${res.latencyMs.p50} ms  p99 ${res.latencyMs.p99} ms  2xx ${res.answered2xx}, rows +${res.rowsAdded}, lost ${res.lost}${res.non2xx || res.errors ? `  non-2xx ${res.non2xx} errors ${res.errors}` : ''}`);
      }
    }

    // --- statistics exactness, right after the writes (a cache would show the old figures) ---
    const statsChecks = [];
    for (const period of [{ name: '30 days', query: '', from: shiftDate(to, -29), to }, { name: '3 years', query: `?from=${from3y}&to=${to}`, from: from3y, to }]) {
      const res = await getJson(`${apiBase(API_PORT)}/api/stats/overview${period.query}`, { cookie: operator.cookie });
      const expected = await withClient(url, async (c) => {
        const start = new Date(`${period.from}T00:00:00+08:00`);
        const end = new Date(Date.parse(`${period.to}T00:00:00+08:00`) + 86400_000);
        const row = (await c.query(
          `SELECT count(*)::int AS created, count(accepted_at)::int AS accepted, count(negotiating_at)::int AS negotiating,
                  count(signed_at)::int AS signed, count(completed_at)::int AS completed, count(DISTINCT company_id)::int AS companies,
                  COALESCE(sum(contract_amount), 0)::float8 AS amount
             FROM intent WHERE created_at >= $1 AND created_at < $2`, [start, end])).rows[0];
        const rated = (await c.query(`SELECT count(*)::int AS n FROM intent_rating r WHERE EXISTS (SELECT 1 FROM intent i WHERE i.id = r.intent_id AND i.created_at >= $1 AND i.created_at < $2)`, [start, end])).rows[0].n;
        const overdue = (await c.query(`SELECT count(*)::int AS n FROM intent WHERE status = 'submitted' AND first_response_at IS NULL AND response_due_at < now()`)).rows[0].n;
        return { ...row, rated, overdue };
      });
      const b = res.body;
      const got = { created: b.cohort?.created, accepted: b.cohort?.accepted, negotiating: b.cohort?.negotiating, signed: b.cohort?.signed, completed: b.cohort?.completed,
        companies: b.companiesServed, amount: b.cohort?.signedAmount, rated: b.cohort?.rated, overdue: b.overdueNow };
      const mismatches = Object.keys(expected).filter((k) => Number(got[k]) !== Number(expected[k]));
      statsChecks.push({ period: period.name, status: res.status, exact: res.status === 200 && mismatches.length === 0, mismatches, expected, got });
    }

    // --- exports of every intent, one at a time on a quiet database ---
    const exportsRun = [];
    for (const format of ['csv', 'xlsx']) {
      if (!wanted(`export-${format}`)) continue;
      await monitor.waitIdle();
      const res = await measureExport({ url: `${apiBase(API_PORT)}/api/stats/export/intents.${format}?from=${data.firstDay}&to=${to}`, headers: op, rss: () => api.rss(), timeoutMs: opts.exportTimeout * 1000, csv: format === 'csv' });
      res.format = format;
      // Every intent, in a body that is not empty (the CSV: a header line and a line per row).
      const intentsNow = await withClient(url, async (c) => (await c.query(`SELECT count(*)::int AS n FROM intent`)).rows[0].n);
      res.expectedRows = intentsNow;
      res.complete = res.status === 200 && res.bytes > 0 && res.rows === intentsNow && (format !== 'csv' || res.csvLines >= intentsNow + 1);
      exportsRun.push(res);
      log(`  export ${format.padEnd(4)} ${res.status} ${res.rows ?? '?'} rows in ${res.seconds} s = ${res.rowsPerSecond ?? '?'} rows/s, first byte ${res.ttfbMs} ms, ${((res.bytes ?? 0) / 1048576).toFixed(1)} MB, API peak RSS ${(res.peakRssBytes / 1048576).toFixed(0)} MB${res.complete ? '' : `  INCOMPLETE${res.error ? ` (${res.error})` : ''}`}`);
    }

    // --- cold searches: the first requests after a catalogue write ---
    const coldRuns = [];
    for (const [name, term] of [['search-one-cold', '税'], ['search-two-cold', '社保']]) {
      if (!wanted(name)) continue;
      await monitor.waitIdle();
      const res = await withClient(url, (c) => coldSearch({ url: `${apiBase(API_PORT)}/api/services?q=${q(term)}`, client: c, serviceId: data.detailId, repeats: coldRepeats, connections: 20, monitor }));
      res.name = name;
      res.term = term;
      coldRuns.push(res);
      log(`  ${name.padEnd(16)} ${res.ok}/${res.requests} 2xx, p50 ${res.latencyMs.p50} ms  p95 ${res.latencyMs.p95} ms  max ${res.latencyMs.max} ms; first answer per write p95 ${res.firstMs.p95} ms (${hitsText(res)} hits)`);
    }

    const rssBytes = api.rss();
    const bundle = checkBundle(join(ROOT, 'dist/apps/web'));

    // --- summarise ---
    const armSummaries = arms.map((arm) => {
      const a = runs[arm.name].api;
      const b = runs[arm.name].baseline;
      const ratios = a.map((x, i) => (b[i]?.rps ? x.rps / b[i].rps : null));
      const side = (xs) => (!xs.length ? null : {
        rps: r2(median(xs.map((x) => x.rps))),
        rpsMin: Math.min(...xs.map((x) => x.rps)),
        rpsMax: Math.max(...xs.map((x) => x.rps)),
        p50: r2(median(xs.map((x) => x.latencyMs.p50))),
        p95: r2(median(xs.map((x) => x.latencyMs.p95))),
        p99: r2(median(xs.map((x) => x.latencyMs.p99))),
        non2xx: xs.reduce((n, x) => n + x.non2xx, 0),
        errors: xs.reduce((n, x) => n + x.errors, 0),
      });
      return {
        name: arm.name, title: arm.title, path: arm.path, connections: arm.connections, target: arm.target,
        api: side(a), baseline: side(b), ratio: r2(median(ratios)), ratios: ratios.map(r2),
        sql: arm.sql, explain: arm.explain, hits: arm.hits, hitsCapped: arm.hitsCapped, companyIntents: arm.companyIntents, apiResponseBytes: arm.apiResponseBytes, baselineResponseBytes: arm.baselineResponseBytes,
        rounds: { api: a, baseline: b },
      };
    });
    const writes = writeRuns.length
      ? { rps: r2(median(writeRuns.map((w) => w.rps))), rpsMin: Math.min(...writeRuns.map((w) => w.rps)), rpsMax: Math.max(...writeRuns.map((w) => w.rps)),
          p50: r2(median(writeRuns.map((w) => w.latencyMs.p50))), p99: r2(median(writeRuns.map((w) => w.latencyMs.p99))),
          lost: writeRuns.reduce((n, w) => n + w.lost, 0), answered2xx: writeRuns.reduce((n, w) => n + w.answered2xx, 0), rowsAdded: writeRuns.reduce((n, w) => n + w.rowsAdded, 0),
          non2xx: writeRuns.reduce((n, w) => n + w.non2xx, 0), errors: writeRuns.reduce((n, w) => n + w.errors, 0), rounds: writeRuns }
      : null;

    const by = (t) => armSummaries.filter((s) => s.target === t);
    const targets = [];
    const add = (name, rule, arms, pass, detail, measured = true) => targets.push({ name, rule, pass: measured ? pass : null, detail, arms });
    if (by('catalogue').length) {
      const xs = by('catalogue');
      add('catalogue list and service detail', '≥ 1.0 × baseline req/s; p99 ≤ 50 ms at 50 connections; 0 errors', xs.map((s) => s.name),
        xs.every((s) => s.ratio >= 1.0 && s.api.p99 <= TARGET_MS && s.api.errors === 0 && s.api.non2xx === 0),
        xs.map((s) => `${s.name} ${s.ratio}× p99 ${s.api.p99} ms${s.api.errors + s.api.non2xx ? ` errors ${s.api.errors + s.api.non2xx}` : ''}`).join('; '));
    }
    const failedAll = (s) => (s.api.rps ? '' : ` (no 2xx: ${s.api.non2xx} non-2xx, ${s.api.errors} errors/timeouts)`);
    if (by('search').length) {
      const xs = by('search');
      add('catalogue search, any query, warm', `≥ 1.0 × baseline req/s; p95 ≤ 50 ms at 20 connections with ${data.totals.services.toLocaleString('en-US')} services`, xs.map((s) => s.name),
        xs.every((s) => s.ratio >= 1.0 && s.api.p95 <= TARGET_MS && s.api.errors === 0 && s.api.non2xx === 0),
        xs.map((s) => `${s.name} p95 ${s.api.p95} ms (${hitsText(s)} hits, ${s.ratio}× baseline)`).join('; '));
    }
    if (by('suggest').length) {
      const xs = by('suggest');
      add('suggestions while typing', 'p95 ≤ 30 ms at 20 connections; 0 errors', xs.map((s) => s.name),
        xs.every((s) => s.api.p95 <= 30 && s.api.errors === 0 && s.api.non2xx === 0),
        xs.map((s) => `${s.name} p95 ${s.api.p95} ms (${s.api.rps} req/s)`).join('; '));
    }
    if (by('search').length && opts.searchReference) {
      // The same searches on a bigger catalogue must stay within 2× of a reference run's p95.
      const ref = JSON.parse(readFileSync(opts.searchReference, 'utf8'));
      const xs = by('search');
      const pairs = xs.map((s) => ({ s, r: ref.arms.find((a) => a.name === s.name) }));
      add(`catalogue search at ${data.totals.services.toLocaleString('en-US')} services`, `p95 within 2× of the reference run (${ref.data.services.toLocaleString('en-US')} services, ${ref.at})`, xs.map((s) => s.name),
        pairs.every(({ s, r }) => r && s.api.p95 <= 2 * r.api.p95),
        pairs.map(({ s, r }) => `${s.name} p95 ${s.api.p95} ms vs ${r ? r.api.p95 : '?'} ms (${r ? r2(s.api.p95 / r.api.p95) : '?'}×; ${hitsText(s)} hits)`).join('; '));
    }
    if (by('intents').length) {
      const [s] = by('intents');
      add('company intent list', '≥ 0.6 × baseline req/s', [s.name], s.ratio >= 0.6 && s.api.errors === 0 && s.api.non2xx === 0, `${s.ratio}× (${s.api.rps} vs ${s.baseline.rps} req/s; ${s.companyIntents} intents)`);
    }
    if (by('stats').length) {
      const [s] = by('stats');
      const exact = statsChecks.every((c) => c.exact);
      add(`statistics overview at ${data.totals.intents.toLocaleString('en-US')} intents`, 'p95 ≤ 50 ms at 10 connections, figures exact', [s.name],
        s.api.p95 <= TARGET_MS && exact && s.api.errors === 0 && s.api.non2xx === 0,
        `default period p95 ${s.api.p95} ms${failedAll(s)}; ${by('stats-info').map((x) => `3-year period p95 ${x.api.p95} ms${failedAll(x)}`).join('')}; exact: ${statsChecks.map((c) => `${c.period} ${c.exact ? 'yes' : `NO (${c.mismatches.join(', ')})`}`).join(', ')}`);
    }
    if (writes) {
      add(`intent creation at ${data.totals.intents.toLocaleString('en-US')} intents`, '≥ 800 writes/s, 0 lost (row count checked)', ['create-intent'], writes.rps >= 800 && writes.lost === 0,
        `${writes.rps} writes/s (${writes.rpsMin}–${writes.rpsMax}); ${writes.answered2xx} answered 2xx, ${writes.rowsAdded} rows added, ${writes.lost} lost${writes.non2xx + writes.errors ? `, ${writes.non2xx} non-2xx, ${writes.errors} errors` : ''}`);
    }
    // What users open (issue 12): ratios within this run, since the machine is noisy.
    const named = (n) => armSummaries.find((s) => s.name === n && s.api);
    const clean = (s) => s.api.errors === 0 && s.api.non2xx === 0;
    const versus = (xs, ref, min, label) => {
      if (!xs.length) return;
      const refRps = ref?.api.rps;
      add(label.name, label.rule, xs.map((s) => s.name), ref ? xs.every((s) => s.api.rps >= min * refRps && clean(s)) : null,
        ref ? xs.map((s) => `${s.name} ${r2(s.api.rps / refRps)}× (${s.api.rps} req/s, p95 ${s.api.p95 ?? '–'} ms${s.api.rps ? '' : ', no 2xx within the window'})${s.api.rps >= min * refRps && clean(s) ? '' : ' ✗'}${clean(s) ? '' : ` ${s.api.non2xx} non-2xx ${s.api.errors} errors`}`).join('; ')
          : `not measured: its reference arm ${label.ref} was left out (--only)`, Boolean(ref));
    };
    const userLists = [...by('user-list'), ...by('intents')];
    versus(userLists, named('list-p1'), 0.5, { name: 'intent lists, inbox, detail and thread', rule: '≥ 0.5 × the req/s of catalogue list page 1 in the same run, 50 connections', ref: 'list-p1' });
    versus(by('user-stats'), named('stats-30d'), 0.5, { name: 'statistics trend, breakdowns and funnel (12 months)', rule: '≥ 0.5 × the req/s of the stats overview in the same run, 10 connections', ref: 'stats-30d' });
    if (named('op-intents-deep')) {
      const d = named('op-intents-deep');
      const p1 = named('op-intents-p1');
      add('operator intent list, deep page', '≥ 0.9 × the req/s of page 1 in the same run', ['op-intents-deep'], p1 ? d.api.rps >= 0.9 * p1.api.rps && clean(d) : null,
        p1 ? `${d.path}: ${r2(d.api.rps / p1.api.rps)}× (${d.api.rps} vs ${p1.api.rps} req/s; p95 ${d.api.p95} vs ${p1.api.p95} ms)` : 'not measured: op-intents-p1 was left out (--only)', Boolean(p1));
    }
    if (exportsRun.length) {
      const mb = (b) => (b / 1048576).toFixed(0);
      add('export of every intent (CSV and XLSX)', '≥ 50,000 rows/s, first byte < 1 s, API resident set ≤ 300 MB throughout', exportsRun.map((e) => `export-${e.format}`),
        exportsRun.every((e) => e.complete && e.rowsPerSecond >= 50_000 && e.ttfbMs < 1000 && e.peakRssBytes <= 300 * 1048576),
        exportsRun.map((e) => `${e.format} ${e.rowsPerSecond ?? '?'} rows/s (${e.rows ?? '?'} rows in ${e.seconds} s), first byte ${e.ttfbMs ?? '?'} ms, peak RSS ${mb(e.peakRssBytes)} MB${e.complete ? '' : ` INCOMPLETE (status ${e.status}${e.error ? `, ${e.error}` : ''})`}`).join('; '));
    }
    if (coldRuns.length) {
      add('catalogue search, cold (first requests after a catalogue write)', `p95 ≤ 50 ms at 20 connections with ${data.totals.services.toLocaleString('en-US')} services (${coldRepeats} writes)`, coldRuns.map((c) => c.name),
        coldRuns.every((c) => c.ok === c.requests && c.latencyMs.p95 <= TARGET_MS),
        coldRuns.map((c) => `${c.term} p95 ${c.latencyMs.p95} ms, p50 ${c.latencyMs.p50} ms, max ${c.latencyMs.max} ms (${hitsText(c)} hits)${c.ok === c.requests ? '' : `, ${c.requests - c.ok} failed`}`).join('; '));
    }
    add('storefront initial JS (home route)', '≤ 200 KB gzipped; no charts in any chunk the home route loads', [], bundle.ok,
      bundle.error ?? `${(bundle.homeRouteGzipBytes / 1024).toFixed(1)} KB gzipped (entry ${(bundle.initial.gzipBytes / 1024).toFixed(1)} KB + home route ${(bundle.homeRoute.gzipBytes / 1024).toFixed(1)} KB); chart chunks on the home route: ${bundle.chartChunksOnHomeRoute.length ? bundle.chartChunksOnHomeRoute.join(', ') : 'none'}`);
    add('API memory', 'resident set ≤ 300 MB after the whole run', [], rssBytes !== null && rssBytes <= 300 * 1024 * 1024, `${rssBytes === null ? 'unknown' : (rssBytes / 1048576).toFixed(0)} MB`);

    const machine = {
      cpu: os.cpus()[0]?.model ?? 'unknown', cores: os.cpus().length, memoryGiB: Math.round(os.totalmem() / 2 ** 30), os: `${os.type()} ${os.release()}`,
      node: process.version, postgres: data.pg, loader: LOADER,
      // Other work on the machine skews every figure; the 1-minute load average tells how much.
      loadAverage: { atStart: loadAtStart.map(r2), atEnd: os.loadavg().map(r2) },
    };
    let commit = 'unknown';
    try {
      commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: ROOT, encoding: 'utf8' }).trim();
      if (execFileSync('git', ['status', '--porcelain'], { cwd: ROOT, encoding: 'utf8' }).trim()) commit += '+dirty';
    } catch {
      /* not a git checkout */
    }
    const stamp = new Date().toISOString().replace(/[:.]/g, '-');
    const result = {
      at: new Date().toISOString(), mode, commit, machine, settings: { rounds, warmupMs, durationMs, poolSize: POOL_SIZE, coldRepeats },
      data: data.totals, seeded: seeded ? { seconds: seeded.seconds } : null, arms: armSummaries, writes, exports: exportsRun, coldSearch: coldRuns, statsChecks, apiRssBytes: rssBytes, bundle, targets,
      seconds: Math.round((Date.now() - started) / 1000),
    };
    mkdirSync(join(ROOT, 'bench/results'), { recursive: true });
    const file = join(ROOT, 'bench/results', `${stamp}${mode === 'full' ? '' : `-${mode}`}.json`);
    writeFileSync(file, JSON.stringify(result, null, 2));
    // Only a full run's figures go into BENCHMARKS.md.
    if (mode === 'full' && opts.updateMarkdown && !opts.only) updateMarkdown(result, file);
    if (mode === 'full' && opts.updateMarkdown && opts.searchReference) updateMarkdown(result, file, 'search-scale');

    // --- report ---
    log('');
    log(`results: ${file.replace(ROOT + '/', '')}`);
    for (const t of targets) log(`${t.pass === null ? 'N/A ' : t.pass ? 'PASS' : 'FAIL'}  ${t.name}: ${t.rule}\n      ${t.detail}`);
    log(`took ${result.seconds} s`);

    // Smoke mode checks the harness and correctness (no errors, no lost write, exact figures),
    // not speed: a 1-second arm on a shared CI machine says nothing about speed.
    const broken = [
      ...armSummaries.filter((s) => [s.api, s.baseline].some((x) => x && x.errors + x.non2xx > 0)).map((s) => `${s.name} had errors`),
      ...exportsRun.filter((e) => !e.complete).map((e) => `export ${e.format} incomplete (status ${e.status}, ${e.rows ?? '?'} of ${e.expectedRows} rows${e.error ? `, ${e.error}` : ''})`),
      ...coldRuns.filter((c) => c.ok !== c.requests || !c.hits).map((c) => `${c.name}: ${c.ok}/${c.requests} answered 200, ${c.hits ?? 0} hits`),
      ...(writes && writes.lost ? [`${writes.lost} writes lost`] : []),
      ...(writes && writes.non2xx + writes.errors ? [`${writes.non2xx + writes.errors} failed writes`] : []),
      ...statsChecks.filter((c) => !c.exact).map((c) => `statistics (${c.period}) not exact`),
      ...(bundle.error ? [bundle.error] : []),
    ];
    if (opts.smoke) {
      if (broken.length) {
        log(`SMOKE FAILED: ${broken.join('; ')}`);
        return 1;
      }
      log('SMOKE OK (the figures of a smoke run are not judged)');
      return 0;
    }
    return targets.every((t) => t.pass !== false) && !broken.length ? 0 : 1;
  } finally {
    for (const fn of cleanup) await fn();
    await capture.stop().catch(() => undefined);
    await api?.stop().catch(() => undefined);
    await baseline?.stop().catch(() => undefined);
    rmSync(tmp, { recursive: true, force: true });
  }
}

function updateMarkdown(result, file, block = 'latest') {
  const md = join(ROOT, 'BENCHMARKS.md');
  const kb = (b) => `${(b / 1024).toFixed(1)} KB`;
  const m = result.machine;
  const rows = result.arms.map((s) =>
    s.baseline
      ? `| ${s.title} | ${s.connections} | ${s.api.rps} (${s.api.rpsMin}–${s.api.rpsMax}) | ${s.api.p50} | ${s.api.p95} | ${s.api.p99} | ${s.baseline.rps} (${s.baseline.rpsMin}–${s.baseline.rpsMax}) | ${s.baseline.p50} | ${s.baseline.p99} | **${s.ratio}×** (${s.ratios.join(', ')}) |`
      : `| ${s.title} | ${s.connections} | ${s.api.rps} (${s.api.rpsMin}–${s.api.rpsMax}) | ${s.api.p50} | ${s.api.p95} | ${s.api.p99} | – | – | – | – |`);
  if (result.writes) {
    const w = result.writes;
    rows.push(`| intent creation (writes/s) | 50 | ${w.rps} (${w.rpsMin}–${w.rpsMax}) | ${w.p50} | – | ${w.p99} | – | – | – | – |`);
  }
  const content = [
    `<!-- bench:${block}:start -->`,
    `Run ${result.at} (commit ${result.commit}), ${result.settings.rounds} rounds, ${result.settings.warmupMs / 1000} s warm-up + ${result.settings.durationMs / 1000} s per arm, arms interleaved API/baseline.`,
    '',
    `Machine: ${m.cpu}, ${m.cores} cores, ${m.memoryGiB} GiB; ${m.os}; Node ${m.node}; PostgreSQL ${m.postgres}; load generator: ${m.loader}; machine load average (1/5/15 min) ${m.loadAverage.atStart.join(' / ')} at the start, ${m.loadAverage.atEnd.join(' / ')} at the end.`,
    `Data: ${Object.entries(result.data).map(([k, v]) => `${v.toLocaleString('en-US')} ${k}`).join(', ')}.`,
    '',
    '| read | conns | API req/s (min–max) | p50 ms | p95 ms | p99 ms | baseline req/s (min–max) | p50 ms | p99 ms | API / baseline (per round) |',
    '|---|---|---|---|---|---|---|---|---|---|',
    ...rows,
    '',
    `API resident memory after the run: ${result.apiRssBytes ? (result.apiRssBytes / 1048576).toFixed(0) + ' MB' : 'unknown'}. Storefront home route JS: ${result.bundle.error ? result.bundle.error : `${kb(result.bundle.homeRouteGzipBytes)} gzipped`}.`,
    '',
    '| target | result | figures |',
    '|---|---|---|',
    ...result.targets.map((t) => `| ${t.name}: ${t.rule} | ${t.pass === null ? 'N/A' : t.pass ? 'PASS' : 'FAIL'} | ${t.detail} |`),
    '',
    `Raw figures: \`${file.replace(ROOT + '/', '')}\` (not committed).`,
    `<!-- bench:${block}:end -->`,
  ].join('\n');
  const text = existsSync(md) ? readFileSync(md, 'utf8') : '# Benchmarks\n';
  const re = new RegExp(`<!-- bench:${block}:start -->[\\s\\S]*<!-- bench:${block}:end -->`);
  const next = text.replace(re, () => content);
  writeFileSync(md, next.includes(content) ? next : `${text}\n${content}\n`);
}

main()
  .then((code) => process.exit(code))
  .catch((err) => {
    process.stderr.write(`${err instanceof UsageError ? err.message : err.stack ?? err}\n`);
    process.exit(1);
  });
