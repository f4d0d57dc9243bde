import type { ApiErrorBody } from '@qifu/contracts';
import { RateLimitCounter } from '../src/modules/rate-limit/shared-rate-counter';
import { startTestApp, type TestApp } from './support/test-app';

// Two apps on one database with one namespace are two API processes of one deployment: the
// anonymous budget is one budget, whichever process a request reaches.

/** Fixed one-minute windows: a test that would straddle a window's end waits for the next one. */
async function awayFromWindowEdge(needMs = 5000): Promise<void> {
  const left = 60_000 - (Date.now() % 60_000);
  if (left < needMs) await new Promise((r) => setTimeout(r, left + 50));
}

describe('the anonymous rate limit, shared by every API process', () => {
  const namespace = `shared-${Date.now().toString(36)}:`;
  let a: TestApp;
  let b: TestApp;

  beforeAll(async () => {
    a = await startTestApp({ RATE_LIMIT_ANON_PER_MINUTE: '6' }, undefined, { rateLimitNamespace: namespace });
    b = await startTestApp({ RATE_LIMIT_ANON_PER_MINUTE: '6' }, undefined, { rateLimitNamespace: namespace });
  });
  afterAll(async () => {
    await a?.close();
    await b?.close();
  });

  it('lets six requests through over both processes, then refuses on both with a code', async () => {
    await awayFromWindowEdge();
    const statuses: string[] = [];
    // A, A, B, A, B, B, then one more on each: the seventh and eighth are over the budget.
    for (const t of [a, a, b, a, b, b, a, b]) statuses.push(`${t === a ? 'A' : 'B'}${(await t.get('/api/categories')).status}`);
    expect(statuses).toEqual(['A200', 'A200', 'B200', 'A200', 'B200', 'B200', 'A429', 'B429']);
    const refused = await b.get<ApiErrorBody>('/api/services');
    expect(refused.status).toBe(429);
    expect(refused.body.code).toBe('RATE_LIMITED');
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(refused.headers.get('x-ratelimit-remaining')).toBe('0');
    const rows: { hits: number }[] = await a.db.query(`SELECT hits FROM rate_limit_hit WHERE key = $1 ORDER BY window_start DESC LIMIT 1`, [`${namespace}127.0.0.1`]);
    expect(rows[0].hits).toBeGreaterThanOrEqual(9);
  });
});

describe('counting below the limit', () => {
  it('counts kept catalogue answers and sends hits far from the limit as one batch', async () => {
    const namespace = `batch-${Date.now().toString(36)}:`;
    const t = await startTestApp({ RATE_LIMIT_ANON_PER_MINUTE: '1000' }, undefined, { rateLimitNamespace: namespace });
    try {
      await awayFromWindowEdge();
      const counter = t.app.get(RateLimitCounter);
      const before = { ...counter.counts };
      const statuses = new Set<number>();
      // /api/services is answered from the in-process cache after the first request: it still counts.
      for (let i = 0; i < 30; i++) statuses.add((await t.get('/api/services')).status);
      expect([...statuses]).toEqual([200]);
      // The first hit of the window went to the database; the others were counted here.
      expect(counter.counts.direct - before.direct).toBe(1);
      expect(counter.counts.local - before.local).toBe(29);
      await counter.flush();
      const rows: { hits: number }[] = await t.db.query(`SELECT hits FROM rate_limit_hit WHERE key = $1 ORDER BY window_start DESC LIMIT 1`, [`${namespace}127.0.0.1`]);
      expect(rows[0].hits).toBe(30);
    } finally {
      await t.close();
    }
  });
});
