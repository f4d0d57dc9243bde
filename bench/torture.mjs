#!/usr/bin/env node
// npm run torture [-- --short]
//
// Faults under load, against the production build of the API on DATABASE_URL (bench data; a tiny
// set is seeded when the bench accounts are missing):
//  1. every connection of the API's database is killed (pg_terminate_backend) while reads and
//     writes run: no 5xx other than a coded 503, no request hangs past 5 s, and the API serves
//     2xx again within 10 s without being restarted;
//  2. (full mode only, and only where `pg_ctlcluster` can stop and start the local server) the
//     PostgreSQL server is stopped for a few seconds and started again: 503 with a code while it
//     is down, /api/health fails within 5 s, 2xx again within 10 s of its return;
// and every write answered 2xx is in the database afterwards (each carries an Idempotency-Key,
// which is looked up). --short (CI) does part 1 only.
import { execFileSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from './lib/args.mjs';
import { assertBenchDatabase, databaseUrl, dbName, UsageError, withClient } from './lib/db.mjs';
import { signIn } from './lib/http.mjs';
import { ROOT, nxBuild, startApi } from './lib/processes.mjs';
import { BENCH_ACCOUNTS, BENCH_PASSWORD, seed } from './seed.mjs';

const opts = parseArgs(process.argv.slice(2), { short: false, build: true, port: 4420, force: false, readers: 8, writers: 8 });
const HANG_MS = 5000;
const RECOVER_MS = 10_000;
const log = (s = '') => process.stderr.write(`${s}\n`);
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

function pgCluster() {
  try {
    const versions = readdirSync('/etc/postgresql');
    if (versions.length !== 1) return null;
    execFileSync('pg_ctlcluster', ['--skip-systemctl-redirect', versions[0], 'main', 'status'], { stdio: 'ignore' });
    return versions[0];
  } catch {
    return null;
  }
}

async function main() {
  const url = databaseUrl();
  const name = assertBenchDatabase(url, opts.force);
  const started = Date.now();
  log(`qifu torture${opts.short ? ' (short)' : ''}: database ${name}`);
  if (opts.build) nxBuild(['api']);
  const hasData = await withClient(url, async (c) => (await c.query(`SELECT count(*)::int AS n FROM app_user WHERE email = $1`, [BENCH_ACCOUNTS.writer])).rows[0].n).catch(() => 0);
  if (!hasData) await seed({ intents: 2000, providers: 20, services: 100, companies: 100, build: false, port: opts.port + 1, force: opts.force });
  const detail = await withClient(url, async (c) => (await c.query(`SELECT s.id FROM service_listing s JOIN provider p ON p.id = s.provider_id WHERE s.status = 'published' AND p.status = 'approved' ORDER BY s.id LIMIT 1`)).rows[0].id);

  const api = await startApi(url, opts.port);
  const base = `http://127.0.0.1:${opts.port}`;
  const apiPid = api.pid;
  const events = [];
  const mark = (what) => {
    events.push({ at: Date.now(), what });
    log(`  ${((Date.now() - started) / 1000).toFixed(1).padStart(6)} s  ${what}`);
  };
  const results = [];
  let running = true;
  try {
    const writer = await signIn(base, BENCH_ACCOUNTS.writer, BENCH_PASSWORD);
    const body = (n) => JSON.stringify({ serviceId: detail, need: `故障演练写入 ${n}：希望尽快对接。`, budgetNegotiable: true, wishedStartDate: '2030-01-01', contactName: '演练联系人', contactPhone: '13800000000' });

    // One request with a hard 5 s client timeout: longer counts as a hang.
    const request = async (kind, path, init = {}) => {
      const t0 = Date.now();
      const rec = { kind, t0, status: 0, code: null, ms: 0, key: init.key ?? null, hang: false };
      try {
        const res = await fetch(base + path, { ...init, signal: AbortSignal.timeout(HANG_MS) });
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
      while (running) await request('read', i % 2 ? '/api/services' : `/api/services/${detail}`);
    });
    const writers = Array.from({ length: opts.writers }, async () => {
      while (running) {
        const key = `torture-${randomUUID()}`;
        await request('write', '/api/intents', {
          method: 'POST',
          key,
          headers: { 'content-type': 'application/json', cookie: writer.cookie, 'x-csrf-token': writer.csrf, 'idempotency-key': key },
          body: body(++n),
        });
      }
    });
    const health = [];
    const healthLoop = (async () => {
      while (running) {
        const t0 = Date.now();
        let status = 0;
        try {
          status = (await fetch(`${base}/api/health`, { signal: AbortSignal.timeout(HANG_MS) })).status;
        } catch {
          status = 0;
        }
        health.push({ at: t0, status });
        await sleep(250);
      }
    })();

    const checks = [];
    const windowAfter = (from, to = Infinity) => results.filter((r) => r.t0 >= from && r.t0 < to);
    const firstOkAfter = (from) => results.filter((r) => r.t0 >= from && r.status >= 200 && r.status < 300).sort((a, b) => a.t0 + a.ms - (b.t0 + b.ms))[0];

    await sleep(2000);
    // --- 1. kill every connection of the database ---
    const killedAt = Date.now();
    const killed = await withClient(url, async (c) => (await c.query(`SELECT count(pg_terminate_backend(pid))::int AS n FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()`, [dbName(url)])).rows[0].n);
    mark(`pg_terminate_backend: ${killed} connections of ${name} killed`);
    await sleep(RECOVER_MS);
    const ok1 = firstOkAfter(killedAt);
    const recovered1 = ok1 ? ok1.t0 + ok1.ms - killedAt : null;
    checks.push({ name: 'after pg_terminate_backend: 2xx again within 10 s, without a restart', pass: recovered1 !== null && recovered1 <= RECOVER_MS, detail: recovered1 === null ? 'no 2xx' : `first 2xx ${recovered1} ms after the kill` });
    const tail1 = windowAfter(killedAt + RECOVER_MS - 3000, killedAt + RECOVER_MS);
    checks.push({ name: 'after pg_terminate_backend: everything 2xx once recovered', pass: tail1.length > 0 && tail1.every((r) => r.status >= 200 && r.status < 300), detail: `${tail1.filter((r) => r.status >= 200 && r.status < 300).length}/${tail1.length} 2xx in the last 3 s` });

    // --- 2. stop and start the server (full mode) ---
    const cluster = opts.short ? null : pgCluster();
    if (!opts.short && !cluster) log('  (skipping the server restart: pg_ctlcluster cannot manage the local server here)');
    if (cluster) {
      const stoppedAt = Date.now();
      execFileSync('pg_ctlcluster', ['--skip-systemctl-redirect', cluster, 'main', 'stop', '-m', 'fast'], { stdio: 'inherit' });
      mark('PostgreSQL stopped');
      await sleep(6000);
      execFileSync('pg_ctlcluster', ['--skip-systemctl-redirect', cluster, 'main', 'start'], { stdio: 'inherit' });
      for (let i = 0; i < 60; i++) {
        try {
          execFileSync('pg_isready', ['-h', new URL(url).hostname, '-p', new URL(url).port || '5432', '-q']);
          break;
        } catch {
          await sleep(250);
        }
      }
      const backAt = Date.now();
      mark('PostgreSQL back');
      await sleep(RECOVER_MS);
      const down = windowAfter(stoppedAt + 1000, backAt);
      const healthDown = health.find((h) => h.at >= stoppedAt && h.status === 503);
      checks.push({ name: 'server down: readiness fails within 5 s', pass: Boolean(healthDown) && healthDown.at - stoppedAt <= HANG_MS, detail: healthDown ? `/api/health 503 ${healthDown.at - stoppedAt} ms after the stop` : 'readiness never failed' });
      checks.push({ name: 'server down: 503 with a code, no hang past 5 s', pass: down.length > 0 && down.every((r) => (r.status === 503 && r.code) || (r.status >= 200 && r.status < 300)) && !down.some((r) => r.hang),
        detail: `${down.filter((r) => r.status === 503 && r.code).length}/${down.length} answered 503 ${[...new Set(down.filter((r) => r.code).map((r) => r.code))].join(', ')}; ${down.filter((r) => r.hang).length} hung` });
      const ok2 = firstOkAfter(backAt);
      const recovered2 = ok2 ? ok2.t0 + ok2.ms - backAt : null;
      checks.push({ name: 'server back: 2xx again within 10 s, without a restart', pass: recovered2 !== null && recovered2 <= RECOVER_MS, detail: recovered2 === null ? 'no 2xx' : `first 2xx ${recovered2} ms after the server's return` });
    }

    running = false;
    await Promise.all([...readers, ...writers, healthLoop]);
    mark(`load stopped: ${results.length} requests`);

    // --- judged over the whole run ---
    const bad5xx = results.filter((r) => r.status >= 500 && !(r.status === 503 && r.code));
    // The API logs every unexpected 5xx; keep those lines with the results.
    const unhandled = api.log.split('\n').filter((l) => /Unhandled error/.test(l)).slice(0, 5);
    for (const l of unhandled.slice(0, 2)) log(`  API log: ${l.slice(0, 600)}`);
    checks.push({ name: 'no 5xx other than a coded 503', pass: bad5xx.length === 0, detail: `${bad5xx.length} bad (${[...new Set(bad5xx.map((r) => `${r.status} ${r.code}`))].join(', ') || 'none'}); 503: ${results.filter((r) => r.status === 503).length}` });
    const uncoded = results.filter((r) => r.status >= 400 && !r.code);
    checks.push({ name: 'every 4xx/5xx carries a code', pass: uncoded.length === 0, detail: `${uncoded.length} without a code` });
    const hangs = results.filter((r) => r.hang);
    checks.push({ name: 'no request hangs past 5 s', pass: hangs.length === 0, detail: `${hangs.length} hung; slowest ${Math.max(...results.map((r) => r.ms))} ms` });
    const alive = api.child.exitCode === null && api.pid === apiPid;
    checks.push({ name: 'the API process survived (no crash, no restart)', pass: alive, detail: alive ? `pid ${apiPid} still running` : `exited ${api.child.exitCode}` });
    const acked = results.filter((r) => r.kind === 'write' && r.status >= 200 && r.status < 300).map((r) => r.key);
    const found = await withClient(url, async (c) => (await c.query(`SELECT count(*)::int AS n FROM intent WHERE idempotency_key = ANY($1)`, [acked])).rows[0].n);
    checks.push({ name: 'every write answered 2xx is in the database', pass: found === acked.length, detail: `${acked.length} answered 2xx, ${found} found` });

    log('');
    for (const c of checks) log(`${c.pass ? 'PASS' : 'FAIL'}  ${c.name}\n      ${c.detail}`);
    const summary = { at: new Date().toISOString(), mode: opts.short ? 'short' : 'full', database: name, requests: results.length, apiUnhandledErrors: unhandled, statuses: results.reduce((m, r) => ({ ...m, [r.status]: (m[r.status] ?? 0) + 1 }), {}), events, checks, seconds: Math.round((Date.now() - started) / 1000) };
    mkdirSync(join(ROOT, 'bench/results'), { recursive: true });
    const file = join(ROOT, 'bench/results', `${new Date().toISOString().replace(/[:.]/g, '-')}-torture.json`);
    writeFileSync(file, JSON.stringify(summary, null, 2));
    log(`results: ${file.replace(ROOT + '/', '')}; took ${summary.seconds} s`);
    return checks.every((c) => c.pass) ? 0 : 1;
  } finally {
    running = false;
    await api.stop().catch(() => undefined);
  }
}

main()
  .then((code) => process.exit(code))
  .catch((err) => {
    process.stderr.write(`${err instanceof UsageError ? err.message : err.stack ?? err}\n`);
    process.exit(1);
  });

