#!/usr/bin/env node
// npm run torture [-- --short] [--port 4710 --pg-port 5439 --fuzz 10000 --fuzz-seed N --no-build --no-proxy]
// Ports: the API on --port, the seeding API on +1, the two processes behind nginx on +2 and +3, nginx on +4.
//
// Faults and hostile input against the production build of the API, on a private throwaway
// PostgreSQL server (initdb in a temporary directory, its own port; dropped afterwards), so the
// server can really be stopped and restarted without touching the machine's shared one:
//  1. under load (readers + writers, each write with an Idempotency-Key), every connection of the
//     API's database is killed with pg_terminate_backend: no 5xx other than a coded 503, no request
//     past 5 s, 2xx again within 10 s without restarting the API;
//  2. the server is stopped (`pg_ctl stop -m fast`) for 6 s and started again: 503 with a code
//     meanwhile (never a hang), /api/health fails within 5 s, 2xx within 10 s of its return;
//  3. (full mode) the server crashes (`-m immediate`, WAL replay on start), same checks;
//  then every write answered 2xx is looked up by its key; and
//  4. property-based fuzzing from the API's OpenAPI document (fast-check; --fuzz requests, fixed
//     seed printed for replay): every route and role with valid CSRF, malformed JSON, wrong types,
//     huge and unicode-edge strings, injection strings, non-UUID path params → zero 5xx, every 4xx
//     with a contract `code` and a `message`, and the data unchanged by every batch of requests
//     in which nothing was allowed to change (per-table checksums).
//  5. two API processes (TRUST_PROXY) behind a real nginx (Debian's /usr/sbin/nginx, its own config
//     in a temporary directory) under mixed load (anonymous and signed-in reads, intent creation
//     with an Idempotency-Key, messages); one process is killed with SIGKILL and started again: no
//     acknowledged write lost, no 5xx but the 502s of requests in flight on the killed process, the
//     same session cookie answered through the other, the restarted one taking traffic again
//     (bench/lib/behind-proxy.mjs; --no-proxy skips it).
// --short (CI): phases 1, 2, 4 (2,000 fuzz requests) and 5 (shorter). --no-private-cluster runs phases 1 and
// 4 only, on DATABASE_URL (a bench database), for a machine without PostgreSQL server binaries.
import { randomUUID } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { parseArgs } from './lib/args.mjs';
import { createPrivateCluster } from './lib/cluster.mjs';
import {
  assertBenchDatabase,
  databaseUrl,
  dbName,
  UsageError,
  withClient,
} from './lib/db.mjs';
import { behindProxy } from './lib/behind-proxy.mjs';
import { contractErrorCodes, requestArbitrary } from './lib/fuzz.mjs';
import { signIn } from './lib/http.mjs';
import { ROOT, nxBuild, startApi } from './lib/processes.mjs';
import { BENCH_ACCOUNTS, BENCH_PASSWORD, seed } from './seed.mjs';

const opts = (() => {
  try {
    return parseArgs(process.argv.slice(2), {
      short: false,
      build: true,
      port: 4710,
      pgPort: 5439,
      privateCluster: true,
      readers: 8,
      writers: 8,
      fuzz: -1,
      fuzzSeed: -1,
      fuzzConcurrency: 8,
      faults: true,
      force: false,
      proxy: true,
    });
  } catch (err) {
    process.stderr.write(`${err.message}\n`);
    process.exit(2);
  }
})();
const HANG_MS = 5000;
const RECOVER_MS = 10_000;
const FUZZ_TIMEOUT_MS = 15_000;
/** The body limit the harness starts the API with (BODY_LIMIT_BYTES); the fuzz judges by it. */
const API_BODY_LIMIT_BYTES = 1024 * 1024;
const fuzzCount = opts.fuzz >= 0 ? opts.fuzz : opts.short ? 2000 : 10_000;
const fuzzSeed = opts.fuzzSeed >= 0 ? opts.fuzzSeed : Date.now() % 2 ** 31;
const log = (s = '') => process.stderr.write(`${s}\n`);
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
// A quiet machine sends >100,000 requests per phase: spreading them into Math.max overflows the stack.
const maxMs = (recs) => recs.reduce((m, r) => (r.ms > m ? r.ms : m), 0);
const is2xx = (r) => r.status >= 200 && r.status < 300;

// Tables a request may change without that being a change of data: sessions (last seen),
// failed sign-ins (the throttle), the view counter and per-user read marks (written by GETs),
// and the rate-limit counts (every request); and what background jobs write on their own time:
// the mail signing key (made by the first mail composed), which mails went out, digests sent; and
// the weekly search counts (every catalogue search, flushed by the process every few seconds).
const CHECKSUM_EXEMPT = new Set([
  'app_secret',
  'search_query_week',
  'notification_delivery',
  'mail_digest',
  'export_job',
  'user_session',
  'login_failure',
  'service_view_daily',
  'service_view_pending',
  'intent_read',
  'rate_limit_hit',
  'migrations',
  'typeorm_metadata',
]);
// Rows a refused request writes by design: failed sign-ins are audited (and sign-ins, which only
// add a session and this row).
const CHECKSUM_FILTER = {
  audit_log: `action NOT IN ('auth.login_failed', 'auth.login')`,
};
// Writes whose effect is known: a batch in which only these were answered 2xx is still compared,
// allowing changes to these tables only. Any other 2xx write makes the batch not comparable.
const KNOWN_WRITES = {
  'POST /api/auth/login': [],
  'POST /api/notifications/read-all': ['notification'],
  'POST /api/notifications/{id}/read': ['notification'],
};
// Routes the fuzzer leaves out: they end its own sessions (tested in the auth suite).
const FUZZ_EXCLUDE = [
  'POST /api/auth/logout',
  'POST /api/auth/sessions/revoke-others',
  'DELETE /api/auth/sessions/{id}',
  'POST /api/auth/password',
];

async function main() {
  const started = Date.now();
  log(
    `qifu torture${opts.short ? ' (short)' : ''}: fuzz seed ${fuzzSeed} (replay with --fuzz-seed ${fuzzSeed})`,
  );
  if (opts.build) nxBuild(['api']);
  let cluster = null;
  let url;
  if (opts.privateCluster) {
    cluster = await createPrivateCluster({ port: opts.pgPort, log });
    url = cluster.url('qifu_bench_torture');
    process.env.DATABASE_URL = url; // the seed reads it
  } else {
    url = databaseUrl();
    assertBenchDatabase(url, opts.force);
  }
  const name = dbName(url);
  const checks = [];
  const events = [];
  const mark = (what) => {
    events.push({ at: Date.now() - started, what });
    log(
      `  ${((Date.now() - started) / 1000).toFixed(1).padStart(6)} s  ${what}`,
    );
  };
  let api = null;
  let fuzzReport = null;
  let proxyReport = null;
  const results = [];
  try {
    const hasData = await withClient(
      url,
      async (c) =>
        (
          await c.query(
            `SELECT count(*)::int AS n FROM app_user WHERE email = $1`,
            [BENCH_ACCOUNTS.writer],
          )
        ).rows[0].n,
    ).catch(() => 0);
    if (!hasData)
      await seed({
        intents: 2000,
        providers: 20,
        services: 100,
        companies: 100,
        build: false,
        port: opts.port + 1,
        force: opts.force,
      });
    mark(`database ${name} ready`);
    const detail = await withClient(
      url,
      async (c) =>
        (
          await c.query(
            `SELECT s.id FROM service_listing s JOIN provider p ON p.id = s.provider_id WHERE s.status = 'published' AND p.status = 'approved' ORDER BY s.id LIMIT 1`,
          )
        ).rows[0].id,
    );

    // Many failed sign-ins and sign-ups come from the fuzzer's one address; the per-account limit still applies.
    api = await startApi(url, opts.port, {
      extra: {
        LOGIN_MAX_FAILURES_PER_IP: '10000',
        LOGIN_MAX_ACCOUNTS_PER_IP: '10000',
        REGISTER_MAX_PER_IP_PER_HOUR: '0',
        BODY_LIMIT_BYTES: String(API_BODY_LIMIT_BYTES),
      },
    });
    const apiPid = api.pid;
    const base = `http://127.0.0.1:${opts.port}`;
    const writer = await signIn(base, BENCH_ACCOUNTS.writer, BENCH_PASSWORD);
    const body = (n) =>
      JSON.stringify({
        serviceId: detail,
        need: `故障演练写入 ${n}：希望尽快对接。`,
        budgetNegotiable: true,
        wishedStartDate: '2030-01-01',
        contactName: '演练联系人',
        contactPhone: '13800000000',
      });

    // --- load: readers, writers and a readiness probe, each request with a 5 s client timeout ---
    let running = true;
    const request = async (kind, path, init = {}) => {
      const t0 = Date.now();
      const rec = {
        kind,
        t0,
        status: 0,
        code: null,
        ms: 0,
        key: init.key ?? null,
        hang: false,
      };
      try {
        const res = await fetch(base + path, {
          ...init,
          signal: AbortSignal.timeout(HANG_MS),
        });
        rec.status = res.status;
        const text = await res.text();
        try {
          rec.code = JSON.parse(text).code ?? null;
        } catch {
          rec.code = null;
        }
      } catch (err) {
        rec.hang = err?.name === 'TimeoutError';
        rec.error = err?.name ?? String(err);
      }
      rec.ms = Date.now() - t0;
      results.push(rec);
      return rec;
    };
    let n = 0;
    const readers = Array.from({ length: opts.readers }, async (_, i) => {
      while (running)
        await request(
          'read',
          i % 2 ? '/api/services' : `/api/services/${detail}`,
        );
    });
    const writers = Array.from({ length: opts.writers }, async () => {
      while (running) {
        const key = `torture-${randomUUID()}`;
        const rec = await request('write', '/api/intents', {
          method: 'POST',
          key,
          headers: {
            'content-type': 'application/json',
            cookie: writer.cookie,
            'x-csrf-token': writer.csrf,
            'idempotency-key': key,
          },
          body: body(++n),
        });
        if (rec.status === 0 || rec.status >= 500) await sleep(50); // a client that backs off a little
      }
    });
    const health = [];
    const healthLoop = (async () => {
      while (running) {
        const t0 = Date.now();
        let status = 0;
        try {
          status = (
            await fetch(`${base}/api/health`, {
              signal: AbortSignal.timeout(HANG_MS),
            })
          ).status;
        } catch {
          status = 0;
        }
        health.push({ at: t0, done: Date.now(), status });
        await sleep(250);
      }
    })();

    const completedOkAfter = (from) =>
      results
        .filter((r) => r.t0 >= from && is2xx(r))
        .map((r) => r.t0 + r.ms)
        .sort((a, b) => a - b)[0];
    // Waits until 2xx come back after `from` (at most 10 s), then 2 s more to see a steady state.
    const recovery = async (label, from) => {
      const deadline = from + RECOVER_MS;
      while (Date.now() < deadline && completedOkAfter(from) === undefined)
        await sleep(100);
      await sleep(2000);
      const first = completedOkAfter(from);
      const ms = first === undefined ? null : first - from;
      checks.push({
        name: `${label}: 2xx again within 10 s, without restarting the API`,
        pass: ms !== null && ms <= RECOVER_MS,
        detail: ms === null ? 'no 2xx' : `first 2xx ${ms} ms after`,
        ms,
      });
      // Once recovered, the last 1.5 s must be all 2xx (no lingering broken connections).
      const tail = results.filter(
        (r) => r.t0 >= Date.now() - 1500 && r.t0 + r.ms <= Date.now(),
      );
      checks.push({
        name: `${label}: everything 2xx once recovered`,
        pass: tail.length > 0 && tail.every(is2xx),
        detail: `${tail.filter(is2xx).length}/${tail.length} 2xx in the last 1.5 s`,
      });
      return ms;
    };
    const outage = async (label, mode, downMs) => {
      const stoppedAt = Date.now();
      await cluster.stop(mode);
      mark(
        `${label}: PostgreSQL stopped (-m ${mode}) in ${Date.now() - stoppedAt} ms`,
      );
      await sleep(downMs);
      const startAt = Date.now();
      await cluster.start();
      const backAt = Date.now();
      mark(`${label}: PostgreSQL back (start took ${backAt - startAt} ms)`);
      const ms = await recovery(`${label}: server back`, backAt);
      const down = results.filter(
        (r) => r.t0 >= stoppedAt && r.t0 + r.ms <= startAt,
      );
      const coded503 = down.filter((r) => r.status === 503 && r.code);
      const healthDown = health.find(
        (h) => h.at >= stoppedAt && h.status === 503,
      );
      const healthUp = health.find((h) => h.at >= backAt && h.status === 200);
      checks.push({
        name: `${label}: /api/health readiness fails within 5 s`,
        pass: Boolean(healthDown) && healthDown.done - stoppedAt <= HANG_MS,
        detail: healthDown
          ? `503 ${healthDown.done - stoppedAt} ms after the stop; 200 again ${healthUp ? healthUp.done - backAt : '–'} ms after the return`
          : 'readiness never failed',
      });
      checks.push({
        name: `${label}: while down, 503 with a code (no hang past 5 s)`,
        pass:
          down.length > 0 &&
          down.every((r) => (r.status === 503 && r.code) || is2xx(r)) &&
          !down.some((r) => r.hang),
        detail: `${coded503.length}/${down.length} answered 503 ${[...new Set(coded503.map((r) => r.code))].join(', ')}; ${down.filter((r) => !is2xx(r) && !(r.status === 503 && r.code)).length} other; slowest ${maxMs(down)} ms`,
      });
      return {
        label,
        mode,
        downMs,
        recoveredMs: ms,
        readinessFailedMs: healthDown ? healthDown.done - stoppedAt : null,
        requestsWhileDown: down.length,
        coded503: coded503.length,
      };
    };

    await sleep(opts.faults ? 2000 : 0);
    const phases = [];
    if (opts.faults) {
      // --- 1. kill every connection of the database ---
      const killedAt = Date.now();
      const killed = await withClient(
        url,
        async (c) =>
          (
            await c.query(
              `SELECT count(pg_terminate_backend(pid))::int AS n FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()`,
              [name],
            )
          ).rows[0].n,
      );
      mark(`pg_terminate_backend: ${killed} connections of ${name} killed`);
      phases.push({
        label: 'pg_terminate_backend',
        killed,
        recoveredMs: await recovery('after pg_terminate_backend', killedAt),
      });

      // --- 2. and 3. stop and start the (private) server ---
      if (cluster) {
        phases.push(await outage('restart', 'fast', 6000));
        if (!opts.short) phases.push(await outage('crash', 'immediate', 3000));
      } else {
        log('  (no private cluster: the server restart is skipped)');
      }
    }

    running = false;
    await Promise.all([...readers, ...writers, healthLoop]);
    mark(`load stopped: ${results.length} requests`);

    const bad5xx = results.filter(
      (r) => r.status >= 500 && !(r.status === 503 && r.code),
    );
    checks.push({
      name: 'faults: no 5xx other than a coded 503',
      pass: bad5xx.length === 0,
      detail: `${bad5xx.length} bad (${[...new Set(bad5xx.map((r) => `${r.status} ${r.code}`))].join(', ') || 'none'}); coded 503: ${results.filter((r) => r.status === 503).length}`,
    });
    const uncoded = results.filter((r) => r.status >= 400 && !r.code);
    checks.push({
      name: 'faults: every 4xx/5xx carries a code',
      pass: uncoded.length === 0,
      detail: `${uncoded.length} without a code`,
    });
    const hangs = results.filter((r) => r.hang);
    checks.push({
      name: 'faults: no request hangs past 5 s',
      pass: hangs.length === 0,
      detail: `${hangs.length} hung; slowest ${maxMs(results)} ms; ${results.filter((r) => r.status === 0 && !r.hang).length} connection errors`,
    });
    const acked = results
      .filter((r) => r.kind === 'write' && is2xx(r))
      .map((r) => r.key);
    const found = await withClient(
      url,
      async (c) =>
        (
          await c.query(
            `SELECT count(*)::int AS n FROM intent WHERE idempotency_key = ANY($1)`,
            [acked],
          )
        ).rows[0].n,
    );
    checks.push({
      name: 'faults: every write answered 2xx is in the database',
      pass: found === acked.length,
      detail: `${acked.length} answered 2xx, ${found} found, ${acked.length - found} lost`,
      acked: acked.length,
      lost: acked.length - found,
    });

    // --- 4. fuzzing from the OpenAPI document ---
    if (fuzzCount > 0) fuzzReport = await fuzz(base, url, checks, mark);

    const alive =
      api.child.exitCode === null &&
      api.child.signalCode === null &&
      api.pid === apiPid;
    checks.push({
      name: 'the API process survived everything (no crash, no restart)',
      pass: alive,
      detail: alive
        ? `pid ${apiPid} still running`
        : `exited ${api.child.exitCode ?? api.child.signalCode}`,
    });
    const unhandled = api.log
      .split('\n')
      .filter((l) => /Unhandled error/.test(l))
      .slice(0, 5);
    for (const l of unhandled.slice(0, 3)) log(`  API log: ${l.slice(0, 800)}`);

    // --- 5. two API processes behind nginx; one killed and started again ---
    if (opts.proxy) {
      await api.stop();
      api = null;
      proxyReport = await behindProxy({
        url,
        detail,
        accounts: BENCH_ACCOUNTS,
        password: BENCH_PASSWORD,
        ports: [opts.port + 2, opts.port + 3],
        proxyPort: opts.port + 4,
        short: opts.short,
        checks,
        mark,
        log,
      });
    }

    log('');
    for (const c of checks)
      log(`${c.pass ? 'PASS' : 'FAIL'}  ${c.name}\n      ${c.detail}`);
    const summary = {
      at: new Date().toISOString(),
      mode: opts.short ? 'short' : 'full',
      database: name,
      privateCluster: Boolean(cluster),
      requests: results.length,
      statuses: results.reduce(
        (m, r) => ({ ...m, [r.status]: (m[r.status] ?? 0) + 1 }),
        {},
      ),
      phases,
      fuzz: fuzzReport,
      behindProxy: proxyReport,
      apiUnhandledErrors: unhandled,
      events,
      checks,
      seconds: Math.round((Date.now() - started) / 1000),
    };
    mkdirSync(join(ROOT, 'bench/results'), { recursive: true });
    const file = join(
      ROOT,
      'bench/results',
      `${new Date().toISOString().replace(/[:.]/g, '-')}-torture.json`,
    );
    writeFileSync(file, JSON.stringify(summary, null, 2));
    log(
      `results: ${file.replace(ROOT + '/', '')}; fuzz seed ${fuzzSeed}; took ${summary.seconds} s`,
    );
    return checks.every((c) => c.pass) ? 0 : 1;
  } finally {
    await api?.stop().catch(() => undefined);
    cluster?.drop();
  }
}

/** Per-table checksums (order-independent) of everything a request could change. */
async function checksums(url) {
  return withClient(url, async (c) => {
    const tables = (
      await c.query(
        `SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY 1`,
      )
    ).rows
      .map((r) => r.tablename)
      .filter((t) => !CHECKSUM_EXEMPT.has(t));
    const sql = tables
      .map(
        (t) =>
          `SELECT '${t}' AS t, count(*)::int AS n, md5(COALESCE(string_agg(md5(x::text), '' ORDER BY md5(x::text)), '')) AS h FROM "${t}" x${CHECKSUM_FILTER[t] ? ` WHERE ${CHECKSUM_FILTER[t]}` : ''}`,
      )
      .join(' UNION ALL ');
    return Object.fromEntries(
      (await c.query(sql)).rows.map((r) => [r.t, `${r.n}:${r.h}`]),
    );
  });
}

// 统一社会信用代码 check character (GB 32100-2015), as libs/contracts computes it.
const CREDIT_ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const CREDIT_WEIGHTS = [
  1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28,
];
const creditCode = (body17) => {
  const sum = [...body17].reduce(
    (n, ch, i) => n + CREDIT_ALPHABET.indexOf(ch) * CREDIT_WEIGHTS[i],
    0,
  );
  return body17 + CREDIT_ALPHABET[(31 - (sum % 31)) % 31];
};

/** Valid bodies for the writes whose rules a JSON schema cannot express (so some of them succeed). */
function validBodies(pool) {
  const tag = fc.uuid().map((u) => u.slice(0, 8));
  const text = (min, max) =>
    fc.string({
      unit: fc.constantFrom(
        ...'企业服务专利申请代理咨询数据安全高新技术园区财税人力资源',
      ),
      minLength: min,
      maxLength: max,
    });
  const listing = fc.record({
    title: tag.map((t) => `模糊测试服务${t}`),
    categoryCode: fc.constantFrom(
      ...(pool.providerCategories.length
        ? pool.providerCategories
        : pool.category),
    ),
    stages: fc.subarray(['startup', 'growth', 'mature', 'listing'], {
      minLength: 1,
    }),
    summary: text(1, 80),
    description: fc.constantFrom(
      '普通描述。',
      '**粗体** <script>alert(1)</script> [链接](javascript:alert(1))',
      '',
    ),
    deliverables: fc.array(text(1, 20), { maxLength: 3 }),
    priceModel: fc.constant('negotiable'),
    duration: fc.constant('一个月'),
  });
  const score = fc.integer({ min: 1, max: 5 });
  return {
    'POST /api/intents': fc.record({
      serviceId: fc.constantFrom(...pool.service),
      need: text(5, 200),
      budgetNegotiable: fc.constant(true),
      wishedStartDate: fc.constant('2030-01-01'),
      contactName: fc.constant('模糊测试'),
      contactPhone: fc.constant('13800000000'),
    }),
    'POST /api/auth/register': fc.record({
      kind: fc.constant('company'),
      name: tag.map((t) => `郑州模糊测试科技有限公司${t}`),
      creditCode: fc
        .stringMatching(/^[0-9A-HJ-NPQRTUWXY]{9}$/)
        .map((x) => creditCode(`91410100${x}`)),
      industry: fc.constant('软件和信息技术服务'),
      size: fc.constant('small'),
      stage: fc.constant('growth'),
      tiers: fc.constant(['tech_sme']),
      contactName: fc.constant('王经理'),
      contactPhone: fc.constant('13800001234'),
      email: tag.map((t) => `fuzz-${t}@fuzz.test`),
      password: fc.constant('Fuzz-但安全的-passphrase-2026'),
      displayName: fc.constant('王经理'),
    }),
    'POST /api/provider/listings': listing,
    'PUT /api/provider/listings/{id}': listing,
    'POST /api/intents/{id}/transitions': fc.constantFrom(
      { to: 'accepted' },
      { to: 'negotiating' },
      { to: 'declined', reason: '暂不承接' },
      { to: 'withdrawn' },
      { to: 'signed', contractAmount: 12000, signedOn: '2026-11-20' },
      { to: 'in_service' },
      { to: 'completed' },
      { to: 'closed', reason: '长期未推进' },
    ),
    'POST /api/intents/{id}/rating': fc.record({
      professional: score,
      responsiveness: score,
      attitude: score,
      value: score,
      comment: text(0, 50),
    }),
    'POST /api/intents/{id}/rating/reply': fc.record({ reply: text(1, 50) }),
    'POST /api/intents/{id}/messages': fc.record({ body: text(1, 100) }),
    'POST /api/organisation/invitations': fc.record({
      email: tag.map((t) => `invitee-${t}@fuzz.test`),
      role: fc.constantFrom('member', 'admin'),
    }),
  };
}

async function fuzz(base, url, checks, mark) {
  const codes = contractErrorCodes(ROOT);
  const doc = await (await fetch(`${base}/api/docs-json`)).json();
  // A provider account (the bench set has none): a user of an approved provider, same password.
  const pool = await withClient(url, async (c) => {
    const provider = (
      await c.query(
        `SELECT p.id FROM provider p WHERE p.status = 'approved' AND EXISTS (SELECT 1 FROM service_listing s WHERE s.provider_id = p.id) ORDER BY p.id LIMIT 1`,
      )
    ).rows[0].id;
    await c.query(
      `INSERT INTO app_user (email, password_hash, display_name, org_kind, provider_id, role)
       SELECT 'bench.provider@bench.qifu', password_hash, '演练服务商', 'provider', $1, 'admin' FROM app_user WHERE email = $2
       ON CONFLICT DO NOTHING`,
      [provider, BENCH_ACCOUNTS.company],
    );
    const ids = async (sql, params = []) =>
      (await c.query(sql, params)).rows.map((r) => String(r.id));
    const pools = {
      service: [
        ...(await ids(
          `SELECT id FROM service_listing WHERE status = 'published' ORDER BY id LIMIT 6`,
        )),
        ...(await ids(
          `SELECT id FROM service_listing WHERE status <> 'published' ORDER BY id LIMIT 2`,
        )),
      ],
      provider: await ids(
        `SELECT id FROM provider ORDER BY status, id LIMIT 6`,
      ),
      intent: [
        ...(await ids(
          `SELECT i.id FROM intent i JOIN app_user u ON u.company_id = i.company_id WHERE u.email = $1 ORDER BY i.status, i.id LIMIT 12`,
          [BENCH_ACCOUNTS.company],
        )),
        ...(await ids(
          `SELECT DISTINCT ON (status) id FROM intent WHERE provider_id = $1 ORDER BY status, id`,
          [provider],
        )),
      ],
      listing: await ids(
        `SELECT id FROM service_listing WHERE provider_id = $1 ORDER BY id LIMIT 8`,
        [provider],
      ),
      notification: await ids(
        `SELECT n.id FROM notification n JOIN app_user u ON u.id = n.user_id WHERE u.email = $1 ORDER BY n.id LIMIT 4`,
        [BENCH_ACCOUNTS.company],
      ),
      application: await ids(
        `SELECT id FROM provider WHERE status <> 'approved' ORDER BY id LIMIT 4`,
      ),
      company: await ids(`SELECT id FROM company ORDER BY id LIMIT 4`),
      category: (
        await c.query(`SELECT code FROM category ORDER BY sort_order`)
      ).rows.map((r) => r.code),
    };
    pools.providerCategories = (
      await c.query(
        `SELECT category_code AS code FROM provider_category WHERE provider_id = $1`,
        [provider],
      )
    ).rows.map((r) => r.code);
    pools.any = [
      ...pools.service.slice(0, 2),
      ...pools.intent.slice(0, 2),
      ...pools.provider.slice(0, 2),
    ];
    return pools;
  });
  const sessions = {
    anonymous: null,
    company: await signIn(base, BENCH_ACCOUNTS.company, BENCH_PASSWORD),
    provider: await signIn(base, 'bench.provider@bench.qifu', BENCH_PASSWORD),
    operator: await signIn(base, BENCH_ACCOUNTS.operator, BENCH_PASSWORD),
  };
  const { ops, arbitrary } = requestArbitrary(doc, {
    roles: Object.keys(sessions),
    ids: pool,
    exclude: FUZZ_EXCLUDE,
    examples: validBodies(pool),
  });
  // Well-formed writes (the requests meant to succeed) run last, so the batches before them are
  // mostly refusals and can be compared table by table; `index` is the position in the sample.
  const sampled = fc
    .sample(arbitrary, { seed: fuzzSeed, numRuns: fuzzCount })
    .map((r, index) => ({ ...r, index }));
  const writesLast = (r) =>
    r.mode === 'well-formed' && r.method !== 'GET' ? 1 : 0;
  const requests = [
    ...sampled.filter((r) => !writesLast(r)),
    ...sampled.filter(writesLast),
  ];
  mark(
    `fuzz: ${requests.length} requests over ${ops.length} operations, 4 roles, seed ${fuzzSeed}`,
  );

  const failures = [];
  const retried = [];
  const refusedAtLimit = [];
  const byStatus = {};
  const byMode = {};
  const perOp = {};
  const perOpCodes = {};
  let changedBatches = 0;
  let checkedBatches = 0;
  const BATCH = 50;
  let before = await checksums(url);
  const fuzzStarted = Date.now();
  for (let b = 0; b < requests.length; b += BATCH) {
    const batch = requests.slice(b, b + BATCH);
    const writes = new Set();
    let next = 0;
    await Promise.all(
      Array.from({ length: opts.fuzzConcurrency }, async () => {
        while (next < batch.length) {
          const req = batch[next++];
          const index = req.index;
          const s = sessions[req.role];
          const headers = { ...req.headers };
          if (s) {
            headers.cookie = s.cookie;
            if (req.method !== 'GET' && req.csrf !== 'missing')
              headers['x-csrf-token'] =
                req.csrf === 'wrong' ? 'not-the-token' : s.csrf;
          }
          let status = 0;
          let parsed = null;
          let error = null;
          // A connection that fails before any answer (a reset, a socket closed under the client) is
          // tried once more; a body over the limit fails both times and is judged below. A timeout
          // is never retried (a hang is a finding), and a second failure counts.
          for (let attempt = 0; attempt < 2; attempt++) {
            status = 0;
            error = null;
            try {
              const res = await fetch(base + req.url, {
                method: req.method,
                headers,
                body: req.body,
                redirect: 'manual',
                signal: AbortSignal.timeout(FUZZ_TIMEOUT_MS),
              });
              status = res.status;
              const text = await res.text();
              try {
                parsed = JSON.parse(text);
              } catch {
                parsed = null;
              }
            } catch (err) {
              error = err?.cause?.code ?? err?.name ?? String(err);
            }
            if (status !== 0 || error === 'TimeoutError') break;
            if (attempt === 0) retried.push(`#${index} ${req.method} ${req.op}: ${error}`);
          }
          byStatus[status] = (byStatus[status] ?? 0) + 1;
          (byMode[req.mode] ??= {})[`${String(status)[0]}xx`] =
            (byMode[req.mode][`${String(status)[0]}xx`] ?? 0) + 1;
          (perOp[req.op] ??= {})[status] = (perOp[req.op][status] ?? 0) + 1;
          if (status >= 400) (perOpCodes[req.op] ??= {})[parsed?.code] = (perOpCodes[req.op][parsed?.code] ?? 0) + 1;
          if (status >= 200 && status < 300 && req.method !== 'GET')
            writes.add(req.op);
          let problem = null;
          // A body over the API's limit is refused with a 413 and the connection closed at once
          // (nobody reads a body it will reject); on a loaded machine the close can reach the client
          // while it is still writing, so it sees EPIPE/ECONNRESET instead of the 413. That is the
          // refusal, not a lost answer; any other request with no answer stays a finding.
          if (status === 0 && ['EPIPE', 'ECONNRESET'].includes(error) && Buffer.byteLength(req.body ?? '') > API_BODY_LIMIT_BYTES)
            refusedAtLimit.push(`#${index} ${req.op}: ${error}, ${Buffer.byteLength(req.body)} bytes`);
          else if (status === 0) problem = `no answer (${error})`;
          else if (status >= 500) problem = `${status} ${parsed?.code ?? ''}`;
          else if (
            status >= 400 &&
            !(
              parsed &&
              codes.has(parsed.code) &&
              typeof parsed.message === 'string' &&
              parsed.message
            )
          )
            problem = `${status} without a contract code and message: ${JSON.stringify(parsed)?.slice(0, 200)}`;
          else if (status >= 300 && status < 400)
            problem = `unexpected redirect ${status}`;
          if (problem)
            failures.push({
              index,
              problem,
              op: req.op,
              role: req.role,
              method: req.method,
              url: req.url.slice(0, 2000),
              headers: req.headers,
              body: req.body?.slice(0, 2000),
            });
        }
      }),
    );
    const after = await checksums(url);
    if ([...writes].some((op) => !(op in KNOWN_WRITES))) {
      changedBatches++;
    } else {
      checkedBatches++;
      const allowed = new Set([...writes].flatMap((op) => KNOWN_WRITES[op]));
      const changed = Object.keys({ ...before, ...after }).filter(
        (t) => before[t] !== after[t] && !allowed.has(t),
      );
      if (changed.length)
        failures.push({
          index: b,
          problem: `data changed by a batch whose requests were refused (2xx only: ${[...writes].join(', ') || 'none'}): ${changed.join(', ')}`,
          op: 'batch',
          batch: [b, b + batch.length],
        });
    }
    before = after;
  }
  const seconds = (Date.now() - fuzzStarted) / 1000;
  mark(
    `fuzz: done in ${seconds.toFixed(1)} s (${Math.round(requests.length / seconds)} req/s)`,
  );
  const fivexx = failures.filter((f) => /^5\d\d/.test(f.problem)).length;
  for (const f of failures.slice(0, 8))
    log(
      `  fuzz #${f.index} ${f.problem}\n      ${f.role} ${f.method} ${f.url?.slice(0, 300)} ${f.body ? `body ${JSON.stringify(f.body.slice(0, 300))}` : ''}`,
    );
  const statuses = Object.entries(byStatus)
    .sort()
    .map(([k, v]) => `${k}×${v}`)
    .join(' ');
  checks.push({
    name: `fuzz: ${requests.length} requests (seed ${fuzzSeed}): zero 5xx, every 4xx with a contract code and message`,
    pass: failures.filter((f) => f.op !== 'batch').length === 0,
    detail: `${fivexx} 5xx, ${failures.filter((f) => f.op !== 'batch').length - fivexx} other problems; statuses ${statuses}; ${Object.entries(
      byMode,
    )
      .map(
        ([m, c]) =>
          `${m}: ${Object.entries(c)
            .sort()
            .map(([k, v]) => `${k} ${v}`)
            .join(', ')}`,
      )
      .join('; ')}${retried.length ? `; connection retried once: ${retried.slice(0, 4).join(', ')}` : ''}${refusedAtLimit.length ? `; closed while sending a body over the limit (refused): ${refusedAtLimit.slice(0, 4).join(', ')}` : ''}${
      failures.length
        ? `; first: ${failures
            .filter((f) => f.op !== 'batch')
            .slice(0, 3)
            .map((f) => `#${f.index} ${f.problem} (${f.role} ${f.method} ${f.url?.slice(0, 80)})`)
            .join('; ')}`
        : ''
    }`,
  });
  checks.push({
    name: 'fuzz: data unchanged where nothing was allowed to change (per-table checksums per batch)',
    pass: !failures.some((f) => f.op === 'batch'),
    detail: `${checkedBatches} batches of ${BATCH} compared, ${changedBatches} not comparable (a 2xx write of unknown effect)`,
  });
  const reached = Object.values(perOp).filter((s) =>
    Object.keys(s).some((k) => !['401', '403', '404'].includes(k)),
  ).length;
  return {
    seed: fuzzSeed,
    requests: requests.length,
    operations: ops.length,
    reachedPastAuth: reached,
    byStatus,
    byMode,
    perOp,
    perOpCodes,
    failures: failures.slice(0, 200),
    seconds,
  };
}

main()
  .then((code) => process.exit(code))
  .catch((err) => {
    process.stderr.write(
      `${err instanceof UsageError ? err.message : (err.stack ?? err)}\n`,
    );
    process.exit(1);
  });

