// Preloaded into the API (node --require) during the benchmark's capture step only: records every
// statement the API sends through `pg`, with its parameters and when it started and finished, so
// the baseline server can replay exactly the same SQL. Never loaded while measuring.
const { appendFileSync } = require('node:fs');
const pg = require('pg');

const file = process.env.BENCH_SQL_CAPTURE;
if (!file) throw new Error('BENCH_SQL_CAPTURE must name the capture file');

const encode = (v) => {
  if (v instanceof Date) return { $date: v.toISOString() };
  if (Buffer.isBuffer(v)) return { $buffer: v.toString('base64') };
  if (Array.isArray(v)) return v.map(encode);
  return v;
};

let seq = 0;
const original = pg.Client.prototype.query;
pg.Client.prototype.query = function capturedQuery(...args) {
  const [config, values, callback] = args;
  const text = typeof config === 'string' ? config : config && config.text;
  // Submittables (COPY streams, cursors) and internal calls without text pass straight through.
  if (typeof text !== 'string') return original.apply(this, args);
  const params = Array.isArray(values) ? values : config && Array.isArray(config.values) ? config.values : [];
  // A named (prepared) statement is replayed under its name too: the server plans it once per connection.
  const name = config && typeof config === 'object' && typeof config.name === 'string' ? config.name : undefined;
  const entry = { seq: ++seq, pid: this.processID, name, text, values: params.map(encode), start: Number(process.hrtime.bigint()) / 1e6 };
  const finish = (err) => {
    entry.end = Number(process.hrtime.bigint()) / 1e6;
    if (err) entry.error = String(err.message || err);
    appendFileSync(file, JSON.stringify(entry) + '\n');
  };
  const result = original.apply(this, args);
  if (result && typeof result.then === 'function') {
    result.then(() => finish(), (err) => finish(err));
  } else if (typeof callback === 'function' || typeof values === 'function') {
    // Callback style: the callback fires on completion; record when it is wrapped below.
    finish();
  } else if (result && typeof result.on === 'function') {
    result.on('end', () => finish());
    result.on('error', (err) => finish(err));
  }
  return result;
};
