import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { DataSource } from 'typeorm';
import { randomBytes } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createApp, type AppOptions } from '../../src/app.factory';
import { parseConfig, type AppConfig } from '../../src/config/env.schema';
import { createDataSource } from '../../src/database/data-source';
import { EMBEDDED_POOL_SIZE } from '../../src/database/embedded-postgres';
import { runSeed } from '../../src/database/seed/seed';

export interface TestApp {
  app: NestFastifyApplication;
  baseUrl: string;
  db: DataSource;
  get<T = unknown>(path: string): Promise<{ status: number; body: T; headers: Headers }>;
  close(): Promise<void>;
}

export function testDatabaseUrl(): string {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error('DATABASE_URL is not set; the Jest globalSetup should have set it.');
  return url;
}

/** Migrates and seeds the test database (both idempotent), as `npm start` does. */
export async function prepareDatabase(): Promise<void> {
  const ds = createDataSource({ url: testDatabaseUrl(), poolSize: 1, statementTimeoutMs: 10000 });
  await ds.initialize();
  try {
    await ds.runMigrations({ transaction: 'each' });
    await runSeed(ds);
  } finally {
    await ds.destroy();
  }
}

const testOutbox = join(tmpdir(), `qifu-test-outbox-${process.pid}`);

/** The real application on a real port, talking to the real test database. */
// Each test app spends a rate-limit budget of its own (the counts are shared through the database
// by every app with the same namespace, as the processes of one deployment share them).
export async function startTestApp(
  overrides: Partial<Record<keyof AppConfig, string>> = {},
  url = testDatabaseUrl(),
  options: AppOptions = { rateLimitNamespace: `test-${randomBytes(6).toString('hex')}:` },
): Promise<TestApp> {
  await prepareDatabase();
  // The suites sign up hundreds of accounts from 127.0.0.1; the sign-up limit has its own test.
  // Mails of every suite go to a throwaway outbox, never into the checkout's .data/outbox.
  // Jobs are queued but not worked unless a suite asks (JOBS_ENABLED: 'true'), and no mail or SMS is
  // queued unless a suite asks (NOTIFY_CHANNELS): the suites share one database and so one queue,
  // and the mail suite's worker would otherwise wade through every other suite's mails first.
  const config = parseConfig({ LOG_LEVEL: 'silent', WEB_DIST_DIR: '/nonexistent', NODE_ENV: 'test', REGISTER_MAX_PER_IP_PER_HOUR: '0', MAIL_OUTBOX_DIR: testOutbox, JOBS_ENABLED: 'false', NOTIFY_CHANNELS: 'none', ...overrides });
  // One connection on the embedded database (see EMBEDDED_POOL_SIZE); a real pool on a server.
  const poolSize = process.env.QIFU_TEST_EMBEDDED ? EMBEDDED_POOL_SIZE : 4;
  const app = await createApp(config, { url, poolSize, statementTimeoutMs: 10000, preparedStatements: !process.env.QIFU_TEST_EMBEDDED, listen: !process.env.QIFU_TEST_EMBEDDED && config.CATALOGUE_VERSION_PUSH, embedded: !!process.env.QIFU_TEST_EMBEDDED }, options);
  await app.listen(0, '127.0.0.1');
  const address = app.getHttpServer().address();
  const port = typeof address === 'object' && address ? address.port : 0;
  const baseUrl = `http://127.0.0.1:${port}`;
  return {
    app,
    baseUrl,
    db: app.get(DataSource),
    async get<T>(path: string) {
      const res = await fetch(baseUrl + path);
      const text = await res.text();
      const body = (text && res.headers.get('content-type')?.includes('json') ? JSON.parse(text) : text) as T;
      return { status: res.status, body, headers: res.headers };
    },
    close: () => app.close(),
  };
}
