// The reads users open that a load arm cannot measure on its own: query plans of the captured
// list statements, streaming exports (time to first byte, rows/s, the API's peak memory), cold
// catalogue searches (the first requests after a catalogue write), and the quiet the database
// must reach between arms so a slow arm's leftovers do not land in the next one's window.
import pg from 'pg';
import { quantile } from './measure.mjs';

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** Values as the capture hook encoded them (see sql-capture.cjs), back to what pg sends. */
export function decodeValue(v) {
  if (Array.isArray(v)) return v.map(decodeValue);
  if (v && typeof v === 'object') {
    if ('$date' in v) return new Date(v.$date);
    if ('$buffer' in v) return Buffer.from(v.$buffer, 'base64');
  }
  return v;
}

/**
 * The operator list's deep page as today's list contract asks for it. A keyset contract (a
 * `nextCursor` in the page) is followed from page 1 instead, so the arm keeps measuring the
 * same rows when the URL contract changes; the web follows the same way.
 */
export async function deepIntentPath({ base, headers, page, getJson }) {
  const first = await getJson(`${base}/api/intents`, headers);
  const body = first.body ?? {};
  if (first.status === 200 && typeof body.nextCursor === 'string') {
    let cursor = body.nextCursor;
    for (let p = 2; p < page && cursor; p++) {
      const next = await getJson(`${base}/api/intents?cursor=${encodeURIComponent(cursor)}`, headers);
      cursor = next.body?.nextCursor ?? null;
    }
    if (cursor) return `/api/intents?cursor=${encodeURIComponent(cursor)}`;
  }
  // Never past the last page: an empty page would measure nothing (the smoke set is small).
  const lastPage = Math.max(1, Math.ceil(Number(body.total ?? 0) / Number(body.pageSize || 20)));
  return `/api/intents?page=${Math.max(1, Math.min(page, lastPage))}`;
}

/** A connection that watches the database between arms. */
export async function dbMonitor(url) {
  const client = new pg.Client({ connectionString: url, application_name: 'qifu-bench-monitor' });
  await client.connect();
  return {
    client,
    /** Waits until no other client backend of this database runs a statement; returns the ms waited. */
    async waitIdle(maxMs = 120_000) {
      const started = Date.now();
      for (;;) {
        const { rows } = await client.query(
          `SELECT count(*)::int AS n FROM pg_stat_activity
            WHERE datname = current_database() AND pid <> pg_backend_pid() AND backend_type = 'client backend' AND state = 'active'`,
        );
        if (rows[0].n === 0 || Date.now() - started > maxMs) return Date.now() - started;
        await sleep(100);
      }
    },
    end: () => client.end().catch(() => undefined),
  };
}

/**
 * EXPLAIN (ANALYZE, BUFFERS) of an arm's list statements (the captured SELECTs with a LIMIT; the
 * slowest captured SELECT when none has one), with the captured parameters.
 */
export async function explainArm(client, statements) {
  const selects = statements.filter((s) => /^\s*(WITH|SELECT)\b/i.test(s.text));
  let chosen = selects.filter((s) => /\bLIMIT\b/i.test(s.text));
  if (!chosen.length && selects.length) chosen = [selects.reduce((a, b) => (b.end - b.start > a.end - a.start ? b : a))];
  const out = [];
  for (const s of chosen) {
    try {
      const { rows } = await client.query(`EXPLAIN (ANALYZE, BUFFERS) ${s.text}`, (s.values ?? []).map(decodeValue));
      const plan = rows.map((r) => r['QUERY PLAN']);
      const ms = (label) => {
        const m = plan.map((l) => new RegExp(`^${label} Time: ([\\d.]+) ms`).exec(l.trim())).find(Boolean);
        return m ? Number(m[1]) : null;
      };
      out.push({ sql: s.text.replace(/\s+/g, ' ').trim(), planningMs: ms('Planning'), executionMs: ms('Execution'), plan });
    } catch (err) {
      out.push({ sql: s.text.replace(/\s+/g, ' ').trim(), error: String(err.message ?? err) });
    }
  }
  return out;
}

/**
 * One streamed export: time to the first body byte, bytes, rows (the API's x-total-rows; for
 * CSV also the lines received), rows/s over the whole download, and the API's peak resident set
 * sampled every 100 ms from /proc while it streams.
 */
export async function measureExport({ url, headers, rss, timeoutMs = 900_000, csv = false }) {
  let peak = rss() ?? 0;
  const sample = setInterval(() => {
    const v = rss();
    if (v !== null && v > peak) peak = v;
  }, 100);
  const started = performance.now();
  try {
    const res = await fetch(url, { headers, signal: AbortSignal.timeout(timeoutMs) });
    let ttfbMs = null;
    let bytes = 0;
    let lines = 0;
    const reader = res.body.getReader();
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      if (ttfbMs === null) ttfbMs = performance.now() - started;
      bytes += value.length;
      if (csv) for (let i = 0; i < value.length; i++) if (value[i] === 10) lines++;
    }
    const seconds = (performance.now() - started) / 1000;
    const rows = Number(res.headers.get('x-total-rows') ?? NaN);
    return {
      status: res.status,
      contentType: res.headers.get('content-type'),
      ttfbMs: ttfbMs === null ? null : Math.round(ttfbMs * 10) / 10,
      seconds: Math.round(seconds * 100) / 100,
      bytes,
      rows: Number.isFinite(rows) ? rows : null,
      csvLines: csv ? lines : undefined,
      rowsPerSecond: Number.isFinite(rows) && seconds > 0 ? Math.round(rows / seconds) : null,
      peakRssBytes: Math.max(peak, rss() ?? 0),
    };
  } catch (err) {
    return { status: 0, error: String(err.message ?? err), seconds: Math.round((performance.now() - started) / 10) / 100, peakRssBytes: peak };
  } finally {
    clearInterval(sample);
  }
}

/**
 * Cold search: `repeats` times, a catalogue write (a no-op UPDATE of one listing, whose trigger
 * bumps catalogue_version at commit, as any listing edit does), then `connections` requests at
 * once — each the first request after the write on its connection. Latencies of all of them and
 * of the first answer per write.
 */
export async function coldSearch({ url, client, serviceId, repeats, connections, timeoutMs = 30_000, monitor }) {
  const all = [];
  const firsts = [];
  const statuses = {};
  let errors = 0;
  let hits = null;
  // A short search past its cap answers a lower bound (`totalCapped`): shown as N+.
  let hitsCapped = false;
  const once = async () => {
    const t = performance.now();
    try {
      const res = await fetch(url, { signal: AbortSignal.timeout(timeoutMs) });
      const body = await res.json().catch(() => null);
      const ms = performance.now() - t;
      statuses[res.status] = (statuses[res.status] ?? 0) + 1;
      if (res.status === 200) {
        hits = body?.total ?? hits;
        hitsCapped = body?.totalCapped === true;
      }
      return { ok: res.status === 200, ms };
    } catch {
      errors++;
      return { ok: false, ms: performance.now() - t };
    }
  };
  // Open the keep-alive connections first, so the cold requests do not pay a TCP connect.
  await Promise.all(Array.from({ length: connections }, once));
  for (const k of Object.keys(statuses)) delete statuses[k];
  for (let i = 0; i < repeats; i++) {
    await monitor?.waitIdle(30_000);
    await client.query(`UPDATE service_listing SET duration = duration WHERE id = $1`, [serviceId]);
    const results = await Promise.all(Array.from({ length: connections }, once));
    const ok = results.filter((r) => r.ok).map((r) => r.ms);
    all.push(...ok);
    if (ok.length) firsts.push(Math.min(...ok));
  }
  const ok = all.length;
  return {
    repeats,
    connections,
    requests: repeats * connections,
    ok,
    non2xx: Object.entries(statuses).filter(([s]) => s !== '200').reduce((n, [, c]) => n + c, 0),
    errors,
    statuses,
    hits,
    hitsCapped,
    latencyMs: { p50: quantile(all, 0.5), p95: quantile(all, 0.95), p99: quantile(all, 0.99), max: quantile(all, 1) },
    firstMs: { p50: quantile(firsts, 0.5), p95: quantile(firsts, 0.95), max: quantile(firsts, 1) },
  };
}
