// Closed-loop HTTP/1.1 load: N keep-alive connections, one request in flight on each (no
// pipelining), every latency kept so any percentile is exact. Uses autocannon when it is
// installed; otherwise the small raw-socket client below, which works the same way.
import net from 'node:net';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

let autocannon = null;
try {
  autocannon = require('autocannon');
} catch {
  autocannon = null;
}
export const LOADER = autocannon ? `autocannon ${require('autocannon/package.json').version}` : 'built-in (autocannon not installed)';

export function summarise(latencies, seconds, counts) {
  const sorted = Float64Array.from(latencies).sort();
  const q = (p) => (sorted.length ? sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] : null);
  const round = (v) => (v === null ? null : Math.round(v * 100) / 100);
  const ok = counts.ok;
  return {
    requests: counts.total,
    ok,
    rps: Math.round((ok / seconds) * 10) / 10,
    non2xx: counts.total - ok,
    errors: counts.errors,
    statuses: counts.statuses,
    late: counts.late ?? 0,
    late2xx: counts.late2xx ?? 0,
    latencyMs: { p50: round(q(50)), p90: round(q(90)), p95: round(q(95)), p99: round(q(99)), max: round(q(100)), mean: round(sorted.length ? sorted.reduce((a, b) => a + b, 0) / sorted.length : null) },
  };
}

/**
 * Runs `connections` loops against one request for warmupMs (discarded) and then durationMs.
 * headers: object; body: string or Buffer.
 */
export async function runLoad(opts) {
  if (autocannon && !opts.builtin) return runAutocannon(opts);
  return runBuiltin(opts);
}

async function runAutocannon({ url, method = 'GET', headers = {}, body, connections, warmupMs = 0, durationMs, timeoutMs = 10_000 }) {
  const once = (ms, keep) =>
    new Promise((resolve, reject) => {
      const latencies = [];
      const counts = { total: 0, ok: 0, errors: 0, statuses: {} };
      const inst = autocannon(
        { url, method, headers, body, connections, pipelining: 1, duration: ms / 1000, timeout: timeoutMs / 1000 },
        (err, result) => (err ? reject(err) : resolve({ result, latencies, counts })),
      );
      if (keep) {
        inst.on('response', (_client, statusCode, _bytes, responseTime) => {
          counts.total++;
          counts.statuses[statusCode] = (counts.statuses[statusCode] ?? 0) + 1;
          if (statusCode >= 200 && statusCode < 300) {
            counts.ok++;
            latencies.push(responseTime);
          }
        });
        inst.on('reqError', () => counts.errors++);
      }
    });
  if (warmupMs > 0) await once(warmupMs, false);
  const { result, latencies, counts } = await once(durationMs, true);
  counts.errors = Math.max(counts.errors, (result.errors ?? 0) + (result.timeouts ?? 0));
  return summarise(latencies, durationMs / 1000, counts);
}

function buildRequest(url, method, headers, body) {
  const u = new URL(url);
  const payload = body === undefined || body === null ? null : Buffer.isBuffer(body) ? body : Buffer.from(body);
  const lines = [`${method} ${u.pathname}${u.search} HTTP/1.1`, `host: ${u.host}`, 'connection: keep-alive'];
  for (const [k, v] of Object.entries(headers)) lines.push(`${k}: ${v}`);
  if (payload) lines.push(`content-length: ${payload.length}`);
  const head = Buffer.from(lines.join('\r\n') + '\r\n\r\n', 'latin1');
  return { host: u.hostname, port: Number(u.port || 80), bytes: payload ? Buffer.concat([head, payload]) : head };
}

const CRLFCRLF = Buffer.from('\r\n\r\n');

/** Length of one complete HTTP response at the start of buf, or -1 when more bytes are needed. */
function completeResponse(buf) {
  const headEnd = buf.indexOf(CRLFCRLF);
  if (headEnd < 0) return { length: -1 };
  const head = buf.toString('latin1', 0, headEnd);
  const status = Number(head.slice(9, 12));
  const close = /\r\nconnection:\s*close/i.test(head);
  const cl = /\r\ncontent-length:\s*(\d+)/i.exec(head);
  let pos = headEnd + 4;
  if (cl) {
    const end = pos + Number(cl[1]);
    return { length: buf.length >= end ? end : -1, status, close };
  }
  if (/\r\ntransfer-encoding:\s*chunked/i.test(head)) {
    for (;;) {
      const lineEnd = buf.indexOf('\r\n', pos, 'latin1');
      if (lineEnd < 0) return { length: -1 };
      const size = parseInt(buf.toString('latin1', pos, lineEnd), 16);
      if (size === 0) {
        const end = buf.indexOf(CRLFCRLF, lineEnd);
        if (end >= 0) return { length: end + 4, status, close };
        if (buf.length >= lineEnd + 4 && buf.toString('latin1', lineEnd, lineEnd + 4) === '\r\n\r\n') return { length: lineEnd + 4, status, close };
        return { length: -1 };
      }
      pos = lineEnd + 2 + size + 2;
      if (buf.length < pos) return { length: -1 };
    }
  }
  // 204/304 and friends carry no body.
  return { length: headEnd + 4, status, close };
}

async function runBuiltin({ url, method = 'GET', headers = {}, body, connections, warmupMs = 0, durationMs, timeoutMs = 10_000 }) {
  const req = buildRequest(url, method, headers, body);
  let phase = warmupMs > 0 ? 'warmup' : 'measure';
  let stopping = false;
  const latencies = [];
  const counts = { total: 0, ok: 0, errors: 0, statuses: {}, late: 0, late2xx: 0 };
  let measureStart = 0;
  let measureEnd = 0;

  const loops = [];
  for (let i = 0; i < connections; i++) {
    loops.push(
      new Promise((resolveLoop) => {
        let socket = null;
        let buf = Buffer.alloc(0);
        let sentAt = 0n;
        let timer = null;
        const fail = () => {
          if (phase === 'measure' && !stopping) counts.errors++;
          if (timer) clearTimeout(timer);
          socket?.destroy();
          socket = null;
          if (stopping) resolveLoop();
          else setTimeout(connect, 50);
        };
        const send = () => {
          if (stopping) {
            socket?.end();
            resolveLoop();
            return;
          }
          buf = Buffer.alloc(0);
          sentAt = process.hrtime.bigint();
          if (timer) clearTimeout(timer);
          timer = setTimeout(fail, timeoutMs);
          socket.write(req.bytes);
        };
        const connect = () => {
          if (stopping) return resolveLoop();
          socket = net.connect({ host: req.host, port: req.port, noDelay: true });
          socket.once('connect', send);
          socket.on('error', () => undefined);
          socket.on('end', () => fail());
          socket.on('data', (chunk) => {
            buf = buf.length ? Buffer.concat([buf, chunk]) : chunk;
            const r = completeResponse(buf);
            if (r.length < 0) return;
            clearTimeout(timer);
            timer = null;
            const ms = Number(process.hrtime.bigint() - sentAt) / 1e6;
            if (stopping) {
              // Answered after the window closed: not in the figures, but a write may have landed.
              counts.late++;
              if (r.status >= 200 && r.status < 300) counts.late2xx++;
            } else if (phase === 'measure') {
              counts.total++;
              counts.statuses[r.status] = (counts.statuses[r.status] ?? 0) + 1;
              if (r.status >= 200 && r.status < 300) {
                counts.ok++;
                latencies.push(ms);
              }
            }
            if (r.close) {
              socket.removeAllListeners('end');
              socket.destroy();
              socket = null;
              connect();
            } else send();
          });
        };
        connect();
      }),
    );
  }
  if (warmupMs > 0) {
    await new Promise((r) => setTimeout(r, warmupMs));
    phase = 'measure';
  }
  measureStart = performance.now();
  await new Promise((r) => setTimeout(r, durationMs));
  measureEnd = performance.now();
  stopping = true;
  await Promise.race([Promise.all(loops), new Promise((r) => setTimeout(r, timeoutMs + 1000))]);
  return summarise(latencies, (measureEnd - measureStart) / 1000, counts);
}
