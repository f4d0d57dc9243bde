import type { ApiErrorBody } from '@qifu/contracts';
import { startTestApp, testDatabaseUrl, type TestApp } from './support/test-app';
import { TcpProxy } from './support/tcp-proxy';

// The database goes away under a running API (here: the proxy in front of it closes) and
// comes back; the API must say 503 with a code meanwhile and recover without a restart.
describe('database outage', () => {
  let t: TestApp;
  let proxy: TcpProxy;

  beforeAll(async () => {
    const target = new URL(testDatabaseUrl());
    proxy = new TcpProxy(target.hostname, Number(target.port || 5432));
    await proxy.open();
    const viaProxy = new URL(testDatabaseUrl());
    viaProxy.port = String(proxy.port);
    t = await startTestApp({}, viaProxy.toString());
  });
  afterAll(async () => {
    await t?.close();
    await proxy?.close();
  });

  it('answers 503 with a code while the database is away, then recovers', async () => {
    expect((await t.get('/api/health')).status).toBe(200);
    await proxy.close();

    const started = Date.now();
    const health = await t.get<{ database: string }>('/api/health');
    expect(health.status).toBe(503);
    expect(health.body.database).toBe('down');
    const list = await t.get<ApiErrorBody>('/api/services');
    expect(list.status).toBe(503);
    expect(list.body.code).toBe('DATABASE_UNAVAILABLE');
    expect(list.headers.get('retry-after')).toBe('5');
    expect(Date.now() - started).toBeLessThan(10000);

    await proxy.open();
    let status = 0;
    for (let i = 0; i < 20 && status !== 200; i++) {
      status = (await t.get('/api/services')).status;
      if (status !== 200) await new Promise((r) => setTimeout(r, 250));
    }
    expect(status).toBe(200);
  });
});

// The rate limiter asks the database whether a cookie is a live session; while it cannot answer,
// the cookie counts as anonymous instead of failing the request.
describe('rate limit during an outage', () => {
  it('keys a cookie on the IP when the session lookup fails, and answers with codes', async () => {
    const target = new URL(testDatabaseUrl());
    const proxy = new TcpProxy(target.hostname, Number(target.port || 5432));
    await proxy.open();
    const viaProxy = new URL(testDatabaseUrl());
    viaProxy.port = String(proxy.port);
    const t = await startTestApp({ RATE_LIMIT_ANON_PER_MINUTE: '2' }, viaProxy.toString());
    try {
      await proxy.close();
      const headers = { cookie: `qifu_sid=${'B'.repeat(43)}` };
      const answers: string[] = [];
      for (let i = 0; i < 3; i++) {
        const res = await fetch(`${t.baseUrl}/api/health/live`, { headers });
        answers.push(`${res.status} ${((await res.json()) as ApiErrorBody).code}`);
      }
      // The access guard cannot resolve the cookie either (503); the third is over the anonymous budget.
      expect(answers).toEqual(['503 DATABASE_UNAVAILABLE', '503 DATABASE_UNAVAILABLE', '429 RATE_LIMITED']);
    } finally {
      await t.close();
      await proxy.close();
    }
  });
});
