// scratch probe (not committed): one export with RSS sampling
import { startApi } from './lib/processes.mjs';
import { signIn } from './lib/http.mjs';
import { measureExport } from './lib/user-reads.mjs';
import { BENCH_ACCOUNTS, BENCH_PASSWORD } from './seed.mjs';
const url = process.env.DATABASE_URL; const port = 4851;
const formats = (process.argv[2] ?? 'csv,xlsx').split(',');
const api = await startApi(url, port, { nodeArgs: (process.env.NODE_ARGS ?? '').split(' ').filter(Boolean) });
try {
  const op = await signIn(`http://127.0.0.1:${port}`, BENCH_ACCOUNTS.operator, BENCH_PASSWORD);
  console.log('idle rss MB', Math.round(api.rss() / 1048576));
  for (const f of formats) {
    const r = await measureExport({ url: `http://127.0.0.1:${port}/api/stats/export/intents.${f}?from=${process.env.FROM ?? '2025-01-01'}&to=2026-12-07`, headers: { cookie: op.cookie }, rss: () => api.rss(), csv: f === 'csv' });
    console.log(f, JSON.stringify({ ...r, peakMB: Math.round(r.peakRssBytes / 1048576) }), 'after MB', Math.round(api.rss() / 1048576));
  }
} finally { await api.stop?.(); api.kill?.(); }
process.exit(0);
