import pg from 'pg';

export function databaseUrl() {
  const url = process.env.DATABASE_URL;
  if (!url || !/^postgres(ql)?:\/\//.test(url)) {
    throw new UsageError('Set DATABASE_URL to a PostgreSQL database the benchmark may fill, e.g. postgres://postgres@127.0.0.1:5432/qifu_bench');
  }
  return url;
}

export class UsageError extends Error {}

export const dbName = (url) => decodeURIComponent(new URL(url).pathname.replace(/^\//, ''));

/** The benchmark wipes its database: only one whose name says it is for benchmarks. */
export function assertBenchDatabase(url, force = false) {
  const name = dbName(url);
  if (!force && !/bench/i.test(name)) {
    throw new UsageError(`Refusing to fill database "${name}": the benchmark replaces its data, so its name must contain "bench" (or pass --force).`);
  }
  return name;
}

export async function withClient(url, fn, options = {}) {
  const client = new pg.Client({ connectionString: url, application_name: 'qifu-bench', ...options });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end().catch(() => undefined);
  }
}

/** Creates the database (UTF-8 character type, which Chinese search needs) when it is missing. */
export async function ensureDatabase(url) {
  const name = dbName(url);
  const admin = new URL(url);
  admin.pathname = '/postgres';
  await withClient(admin.toString(), async (c) => {
    const found = await c.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (found.rowCount) return;
    const ident = '"' + name.replace(/"/g, '""') + '"';
    await c.query(`CREATE DATABASE ${ident} TEMPLATE template0 ENCODING 'UTF8' LC_COLLATE 'C.UTF-8' LC_CTYPE 'C.UTF-8'`);
    process.stderr.write(`created database ${name}\n`);
  });
}

export async function resetSchema(url) {
  await withClient(url, async (c) => {
    await c.query('DROP SCHEMA IF EXISTS public CASCADE');
    await c.query('CREATE SCHEMA public');
  });
}
