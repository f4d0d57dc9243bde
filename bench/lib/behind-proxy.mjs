// Torture phase 5: two API processes behind a real nginx under mixed load; one is killed with
// SIGKILL mid-load and started again. Judged: no acknowledged write lost (intents by their
// Idempotency-Key, messages by their unique text), no 5xx but the 502s of requests that were in
// flight on the killed process, the same session cookie answered 200 through the survivor, the
// restarted process taking traffic again, and the rate-limit count shared by both processes.
import { randomUUID } from 'node:crypto';
import { withClient } from './db.mjs';
import { signIn } from './http.mjs';
import { startNginx } from './nginx.mjs';
import { startApi } from './processes.mjs';

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const is2xx = (r) => r.status >= 200 && r.status < 300;
/** A 502 started this long after the kill is still "in flight": nginx had picked the dead process's kept connection. */
const IN_FLIGHT_SLACK_MS = 250;

export async function behindProxy({ url, detail, accounts, password, ports, proxyPort, short, checks, mark, log }) {
  const [victimPort, survivorPort] = ports;
  const extra = {
    TRUST_PROXY: 'true',
    // On, with a budget the load cannot reach: every request is counted in PostgreSQL by both processes.
    RATE_LIMIT_ANON_PER_MINUTE: '1000000',
    // The fuzz phase before this one failed sign-ins on many accounts from this one address.
    LOGIN_MAX_FAILURES_PER_IP: '10000',
    LOGIN_MAX_ACCOUNTS_PER_IP: '10000',
    REGISTER_MAX_PER_IP_PER_HOUR: '0',
  };
  const apis = await Promise.all(ports.map((p) => startApi(url, p, { extra })));
  let nginx = null;
  const started = Date.now();
  try {
    nginx = await startNginx({ port: proxyPort, upstreams: ports, log });
    const base = `http://127.0.0.1:${proxyPort}`;
    mark(`behind nginx: API processes on :${victimPort} (pid ${apis[0].pid}) and :${survivorPort} (pid ${apis[1].pid})`);
    const writer = await signIn(base, accounts.writer, password);
    const reader = await signIn(base, accounts.company, password);
    const intentBody = (tag) =>
      JSON.stringify({ serviceId: detail, need: `双进程演练写入 ${tag}：希望尽快对接。`, budgetNegotiable: true, wishedStartDate: '2030-01-01', contactName: '演练联系人', contactPhone: '13800000000' });
    const writeHeaders = (extraHeaders = {}) => ({ 'content-type': 'application/json', cookie: writer.cookie, 'x-csrf-token': writer.csrf, ...extraHeaders });
    const thread = await fetch(`${base}/api/intents`, { method: 'POST', headers: writeHeaders({ 'idempotency-key': `proxy-thread-${randomUUID()}` }), body: intentBody('thread') });
    if (thread.status !== 201) throw new Error(`could not create the intent for the messages: ${thread.status} ${await thread.text()}`);
    const threadId = (await thread.json()).id;

    const results = [];
    const request = async (kind, path, init = {}, meta = {}) => {
      const rec = { kind, t0: Date.now(), ms: 0, status: 0, code: null, upstream: null, ...meta };
      try {
        const res = await fetch(base + path, { ...init, signal: AbortSignal.timeout(10_000) });
        rec.status = res.status;
        rec.upstream = res.headers.get('x-upstream');
        const text = await res.text();
        try {
          rec.code = JSON.parse(text).code ?? null;
        } catch {
          rec.code = null;
        }
      } catch (err) {
        rec.error = err?.cause?.code ?? err?.name ?? String(err);
      }
      rec.ms = Date.now() - rec.t0;
      results.push(rec);
      return rec;
    };
    let running = true;
    let n = 0;
    const loops = [
      // anonymous catalogue reads
      ...Array.from({ length: 3 }, (_, i) => async () => {
        while (running) await request('anon', i % 2 ? '/api/services' : `/api/services/${detail}`);
      }),
      // signed-in reads with one cookie: the session must keep working through either process
      ...Array.from({ length: 2 }, (_, i) => async () => {
        while (running) await request('session', i % 2 ? '/api/auth/me' : '/api/intents?pageSize=5', { headers: { cookie: reader.cookie } });
      }),
      // intent creation with an Idempotency-Key; a client that got no answer (502) sends it again with the same key
      ...Array.from({ length: 3 }, () => async () => {
        while (running) {
          const key = `proxy-${randomUUID()}`;
          const body = intentBody(++n);
          for (let attempt = 0; attempt < 3; attempt++) {
            const rec = await request('write', '/api/intents', { method: 'POST', headers: writeHeaders({ 'idempotency-key': key }), body }, { key, attempt });
            if (is2xx(rec) || (rec.status >= 400 && rec.status < 500)) break;
            await sleep(100);
          }
        }
      }),
      // messages on one thread, each with a text of its own (not repeat-safe: never sent twice)
      ...Array.from({ length: 2 }, () => async () => {
        while (running) {
          const tag = randomUUID();
          await request('message', `/api/intents/${threadId}/messages`, { method: 'POST', headers: writeHeaders(), body: JSON.stringify({ body: `双进程演练消息 ${tag}` }) }, { tag });
        }
      }),
    ].map((f) => f());

    await sleep(short ? 3000 : 8000);
    const killAt = Date.now();
    apis[0].child.kill('SIGKILL');
    await apis[0].exited;
    mark(`behind nginx: :${victimPort} killed with SIGKILL mid-load`);
    await sleep(short ? 4000 : 10_000);
    const restartAt = Date.now();
    apis[0] = await startApi(url, victimPort, { extra });
    const readyAt = Date.now();
    mark(`behind nginx: :${victimPort} started again (pid ${apis[0].pid}, ready in ${readyAt - restartAt} ms)`);
    await sleep(short ? 5000 : 10_000);
    running = false;
    await Promise.all(loops);
    await sleep(600); // the processes' last rate-limit batches
    mark(`behind nginx: load stopped, ${results.length} requests`);

    const victim = `127.0.0.1:${victimPort}`;
    const survivor = `127.0.0.1:${survivorPort}`;
    const fivexx = results.filter((r) => r.status >= 500 || r.status === 0);
    const inFlight = fivexx.filter((r) => r.status === 502 && r.upstream?.includes(victim) && r.t0 <= killAt + IN_FLIGHT_SLACK_MS && r.t0 + r.ms >= killAt);
    const bad = fivexx.filter((r) => !inFlight.includes(r));
    const retriedGets = nginx.accessLog().split('\n').filter((l) => / GET /.test(l) && l.includes(`${victim}, ${survivor}`)).length;
    checks.push({
      name: 'behind nginx: no 5xx but the 502s of requests in flight on the killed process',
      pass: bad.length === 0,
      detail: `${inFlight.length} answered 502 while :${victimPort} died (${[...new Set(inFlight.map((r) => r.kind))].join(', ') || 'none'}); ${retriedGets} GETs nginx passed on to :${survivorPort} instead; ${bad.length} other 5xx or no answer${bad.length ? `: ${bad.slice(0, 5).map((r) => `${r.kind} ${r.status || r.error} via ${r.upstream} at ${r.t0 - killAt} ms`).join('; ')}` : ''}`,
      inFlight502: inFlight.length,
    });

    const writes = results.filter((r) => r.kind === 'write');
    const ackedKeys = [...new Set(writes.filter(is2xx).map((r) => r.key))];
    const retried = new Set(writes.filter((r) => r.attempt > 0).map((r) => r.key));
    const ackedMessages = results.filter((r) => r.kind === 'message' && is2xx(r)).map((r) => `双进程演练消息 ${r.tag}`);
    const { intents, duplicates, messages, hits } = await withClient(url, async (c) => ({
      intents: (await c.query(`SELECT count(DISTINCT idempotency_key)::int AS n FROM intent WHERE idempotency_key = ANY($1)`, [ackedKeys])).rows[0].n,
      duplicates: (await c.query(`SELECT count(*)::int AS n FROM (SELECT idempotency_key FROM intent WHERE idempotency_key = ANY($1) GROUP BY 1 HAVING count(*) > 1) d`, [[...retried]])).rows[0].n,
      messages: (await c.query(`SELECT count(*)::int AS n FROM intent_message WHERE intent_id = $1 AND body = ANY($2)`, [threadId, ackedMessages])).rows[0].n,
      hits: (await c.query(`SELECT coalesce(sum(hits), 0)::int AS n FROM rate_limit_hit WHERE key = '127.0.0.1' AND window_start >= to_timestamp($1 / 1000.0) - interval '1 minute'`, [started])).rows[0].n,
    }));
    checks.push({
      name: 'behind nginx: every write answered 2xx is in the database (intents by key, messages by text)',
      pass: intents === ackedKeys.length && messages === ackedMessages.length && duplicates === 0,
      detail: `${ackedKeys.length} intents answered 2xx, ${intents} found (${retried.size} sent again after no answer, ${duplicates} duplicated); ${ackedMessages.length} messages answered 2xx, ${messages} found`,
      lost: ackedKeys.length - intents + ackedMessages.length - messages,
    });

    const session = results.filter((r) => r.kind === 'session' && r.t0 >= killAt);
    const sessionOk = session.filter(is2xx);
    const sessionBad = session.filter((r) => !is2xx(r) && !inFlight.includes(r));
    checks.push({
      name: 'behind nginx: the same session cookie keeps getting 200 after the kill (through the survivor)',
      pass: sessionOk.length > 0 && sessionBad.length === 0 && sessionOk.some((r) => r.upstream === survivor),
      detail: `${sessionOk.length}/${session.length} 2xx after the kill (${sessionOk.filter((r) => r.upstream === survivor).length} by :${survivorPort}, ${sessionOk.filter((r) => r.upstream === victim).length} by the restarted :${victimPort}); ${sessionBad.length} other`,
    });

    const back = results.filter((r) => r.t0 >= readyAt && is2xx(r) && r.upstream === victim).sort((a, b) => a.t0 - b.t0);
    const afterRestart = results.filter((r) => r.t0 >= readyAt && is2xx(r));
    checks.push({
      name: 'behind nginx: the restarted process takes traffic again',
      pass: back.length > 0,
      detail: back.length
        ? `first 2xx from :${victimPort} ${back[0].t0 - readyAt} ms after it was ready; ${back.length}/${afterRestart.length} of the 2xx since`
        : `no 2xx from :${victimPort} in the ${Math.round((Date.now() - readyAt) / 1000)} s after it was ready`,
    });

    // Each process alone answered fewer anonymous requests than the one shared count holds.
    const anon = results.filter((r) => r.kind === 'anon' && is2xx(r));
    const byProcess = Math.max(anon.filter((r) => r.upstream === victim).length, anon.filter((r) => r.upstream === survivor).length);
    checks.push({
      name: 'behind nginx: the anonymous rate-limit count is one count for both processes (PostgreSQL)',
      pass: hits > byProcess && results.every((r) => r.status !== 429),
      detail: `${hits} counted for 127.0.0.1 over ${anon.length} anonymous 2xx through nginx (at most ${byProcess} by one process); 0 refused`,
    });

    const by = (up) => results.filter((r) => r.upstream === up).length;
    const statuses = results.reduce((m, r) => ({ ...m, [r.status]: (m[r.status] ?? 0) + 1 }), {});
    log(`  behind nginx: ${results.length} requests in ${((Date.now() - started) / 1000).toFixed(1)} s; by :${victimPort} ${by(victim)}, by :${survivorPort} ${by(survivor)}; statuses ${Object.entries(statuses).map(([k, v]) => `${k}×${v}`).join(' ')}`);
    return {
      requests: results.length,
      statuses,
      byProcess: { [victimPort]: by(victim), [survivorPort]: by(survivor) },
      inFlight502: inFlight.length,
      retriedGets,
      ackedIntents: ackedKeys.length,
      ackedMessages: ackedMessages.length,
      restartReadyMs: readyAt - restartAt,
      firstAfterRestartMs: back.length ? back[0].t0 - readyAt : null,
      rateLimitHits: hits,
      nginx: nginx.version,
    };
  } finally {
    await Promise.all(apis.map((a) => a.stop().catch(() => undefined)));
    const errors = nginx?.errorLog() ?? '';
    if (process.env.BENCH_VERBOSE && errors) log(errors.split('\n').slice(-10).join('\n'));
    await nginx?.stop().catch(() => undefined);
  }
}
