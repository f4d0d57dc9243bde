#!/usr/bin/env node
// The benchmark's baseline: the fastest plain thing this machine can do for each measured read.
// A bare Fastify server with a `pg` pool (same size and statement timeout as the API's) that, for
// each route, replays the SQL statements captured from the API for that request — same text,
// same parameters, same order, and the ones the API ran concurrently run concurrently here —
// and answers with the rows as JSON. Started by bench/run.mjs with a JSON file of arms.
//   node bench/baseline.mjs <arms.json> <port> <databaseUrl> <poolSize>
import { readFileSync } from 'node:fs';
import Fastify from 'fastify';
import pg from 'pg';

const [file, port, url, poolSize = '10', timeout = '10000'] = process.argv.slice(2);
const arms = JSON.parse(readFileSync(file, 'utf8'));

const decode = (v) => {
  if (Array.isArray(v)) return v.map(decode);
  if (v && typeof v === 'object') {
    if ('$date' in v) return new Date(v.$date);
    if ('$buffer' in v) return Buffer.from(v.$buffer, 'base64');
  }
  return v;
};

const pool = new pg.Pool({
  connectionString: url,
  max: Number(poolSize),
  connectionTimeoutMillis: 3000,
  idleTimeoutMillis: 30000,
  statement_timeout: Number(timeout),
  application_name: 'qifu-bench-baseline',
  keepAlive: true,
});
pool.on('error', () => undefined);

const app = Fastify({ logger: false });
app.get('/health', async () => ({ ok: true }));
for (const arm of arms) {
  // Same text, parameters and (when the API named it) statement name as the API sent.
  const groups = arm.groups.map((g) => g.map((s) => (s.name ? { name: s.name, text: s.text, values: decode(s.values) } : { text: s.text, values: decode(s.values) })));
  app.get(`/arm/${arm.name}`, async () => {
    const results = [];
    for (const group of groups) {
      const rs = group.length === 1 ? [await pool.query(group[0])] : await Promise.all(group.map((s) => pool.query(s)));
      for (const r of rs) results.push(r.rows);
    }
    return results;
  });
}

await app.listen({ port: Number(port), host: '127.0.0.1' });
const stop = async () => {
  await app.close();
  await pool.end();
  process.exit(0);
};
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
