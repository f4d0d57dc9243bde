import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { startEmbeddedPostgres } from '../../src/database/embedded-postgres';

// Jest's sandbox cannot load PGlite, so the embedded server starts here, in Jest's own process,
// and the tests reach it through DATABASE_URL like any other server.
export default async function globalSetup(): Promise<void> {
  if (process.env.DATABASE_URL) {
    await resetDatabase(process.env.DATABASE_URL);
    return;
  }
  const dir = mkdtempSync(join(tmpdir(), 'qifu-test-db-'));
  const embedded = await startEmbeddedPostgres(join(dir, 'data'), { maxConnections: 10 });
  process.env.DATABASE_URL = embedded.url;
  process.env.QIFU_TEST_EMBEDDED = '1';
  (globalThis as { __QIFU_EMBEDDED__?: typeof embedded }).__QIFU_EMBEDDED__ = embedded;
}

// Tests start from an empty schema. Guarded so a mistyped URL cannot wipe a real database.
async function resetDatabase(url: string): Promise<void> {
  const name = new URL(url).pathname.replace(/^\//, '');
  if (!/test/i.test(name)) {
    throw new Error(`Refusing to reset database "${name}" for tests: its name must contain "test".`);
  }
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    await client.query('DROP SCHEMA IF EXISTS public CASCADE');
    // The job queue's tables (created by a migration) start empty too: no job of an earlier run.
    await client.query('DROP SCHEMA IF EXISTS pgboss CASCADE');
    await client.query('CREATE SCHEMA public');
  } finally {
    await client.end();
  }
}
