#!/usr/bin/env node
// node bench/company-import.mjs [--port 4890 --rows 15000 --repeats 3 --main dist/apps/api/main.js] (DATABASE_URL: a bench:seed database)
//
// The roster import (issue 15): a generated CSV of `--rows` companies with valid credit codes is
// uploaded (the preview: read, checked, stored), confirmed, and its job followed to the end by
// polling as the page does. The second and later repeats re-import the same codes, so they
// measure the update path (ON CONFLICT … DO UPDATE). Prints preview and job times and rows/s.
import { parseArgs } from './lib/args.mjs';
import { databaseUrl } from './lib/db.mjs';
import { getJson, postJson, signIn } from './lib/http.mjs';
import { API_MAIN, apiEnv, startNode } from './lib/processes.mjs';
import { BENCH_ACCOUNTS, BENCH_PASSWORD } from './seed.mjs';

const opts = parseArgs(process.argv.slice(2), { port: 4890, rows: 15000, repeats: 3, main: API_MAIN });
const url = databaseUrl();
const log = (s) => process.stderr.write(`${s}\n`);

const ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
/** The i-th code of the run: deterministic, so repeats update the same companies. */
function creditCode(run, i) {
  let body = '91440300' + (run * 1e8 + i).toString(31).toUpperCase().padStart(9, '0').slice(-9).replace(/[A-U]/g, (c) => ALPHABET[10 + (c.charCodeAt(0) - 65)]);
  let sum = 0;
  for (let k = 0; k < 17; k++) sum += ALPHABET.indexOf(body[k]) * WEIGHTS[k];
  return body + ALPHABET[(31 - (sum % 31)) % 31];
}
const run = Date.now() % 1000;
const header = '企业名称,统一社会信用代码,行业,发展阶段,梯度,联系人,联系电话';
const csv = (stage) =>
  [header, ...Array.from({ length: opts.rows }, (_, i) => `基准企业${run}-${i}有限公司,${creditCode(run, i)},软件和信息技术服务业,${stage},高新技术企业、瞪羚企业,王经理,0591-88886666`)].join('\r\n');

const api = await startNode('api', opts.main, {
  env: apiEnv(url, opts.port, { JOBS_ENABLED: 'true', JOBS_QUEUES: 'companies.*', JOBS_POLL_SECONDS: '0.5' }),
  readyUrl: `http://127.0.0.1:${opts.port}/api/health`,
});
try {
  const base = `http://127.0.0.1:${opts.port}`;
  const op = await signIn(base, BENCH_ACCOUNTS.operator, BENCH_PASSWORD);
  const headers = { cookie: op.cookie, 'x-csrf-token': op.csrf };
  const results = [];
  for (let r = 0; r < opts.repeats; r++) {
    const body = csv(r % 2 ? '成熟期' : '成长期');
    const t0 = performance.now();
    const up = await fetch(`${base}/api/operator/companies/imports?fileName=bench.csv`, { method: 'POST', headers: { ...headers, 'content-type': 'text/csv' }, body });
    const preview = await up.json();
    if (up.status !== 201) throw new Error(`upload: ${up.status} ${JSON.stringify(preview)}`);
    const previewMs = performance.now() - t0;
    const t1 = performance.now();
    const confirm = await postJson(`${base}/api/operator/companies/imports/${preview.id}/confirm`, undefined, headers);
    if (confirm.status !== 200) throw new Error(`confirm: ${confirm.status} ${JSON.stringify(confirm.body)}`);
    let job;
    for (;;) {
      job = (await getJson(`${base}/api/operator/companies/imports/${preview.id}`, { cookie: op.cookie })).body;
      if (job.status === 'done' || job.status === 'failed') break;
      await new Promise((ok) => setTimeout(ok, 100));
    }
    if (job.status !== 'done' || job.rowsDone !== opts.rows) throw new Error(`job: ${JSON.stringify(job)}`);
    const jobMs = performance.now() - t1;
    const line = { repeat: r + 1, kind: r ? 'update' : 'new', rows: opts.rows, previewMs: Math.round(previewMs), jobMs: Math.round(jobMs), rowsPerSecond: Math.round(opts.rows / (jobMs / 1000)) };
    results.push(line);
    log(JSON.stringify(line));
  }
  process.stdout.write(JSON.stringify({ scenario: 'company-import', results }, null, 2) + '\n');
} finally {
  await api.stop();
}
