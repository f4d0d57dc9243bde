// COPY … FROM STDIN through pg-copy-streams: rows are buffered into chunks of text and written
// with the stream's backpressure; end() resolves with the number of rows the server reports.
import { once } from 'node:events';
import { finished } from 'node:stream/promises';
import copyStreams from 'pg-copy-streams';

const CHUNK = 256 * 1024;

class CopyIn {
  constructor(stream) {
    this.stream = stream;
    this.parts = [];
    this.size = 0;
    this.error = null;
    stream.on('error', (err) => (this.error = err));
  }

  /** Adds one line (already COPY-escaped, tab-separated, no trailing newline). */
  async row(line) {
    this.parts.push(line, '\n');
    this.size += line.length + 1;
    if (this.size >= CHUNK) await this.flush();
  }

  async flush() {
    if (this.error) throw this.error;
    if (!this.size) return;
    const buf = Buffer.from(this.parts.join(''), 'utf8');
    this.parts = [];
    this.size = 0;
    if (!this.stream.write(buf)) await Promise.race([once(this.stream, 'drain'), once(this.stream, 'error')]);
    if (this.error) throw this.error;
  }

  async end() {
    await this.flush();
    this.stream.end();
    await finished(this.stream);
    return this.stream.rowCount;
  }
}

/** Starts `COPY table (cols) FROM STDIN` on a connected pg.Client. */
export async function copyIn(client, table, columns) {
  return new CopyIn(client.query(copyStreams.from(`COPY ${table} (${columns.join(', ')}) FROM STDIN`)));
}

/** One field in COPY text format. */
export function field(v) {
  if (v === null || v === undefined) return '\\N';
  if (v instanceof Date) return v.toISOString();
  if (typeof v === 'string') return /[\\\t\n\r]/.test(v) ? v.replace(/[\\\t\n\r]/g, (c) => ({ '\\': '\\\\', '\t': '\\t', '\n': '\\n', '\r': '\\r' })[c]) : v;
  return String(v);
}

/** A PostgreSQL text[] literal; elements are quoted (they must not contain " or \). */
export function textArray(values) {
  return `{${values.map((v) => `"${v}"`).join(',')}}`;
}

export const line = (values) => values.map(field).join('\t');
