import type { ApiErrorBody } from '@qifu/contracts';
import type { FastifyRequest } from 'fastify';
import { mayReadMetrics } from '../src/modules/metrics/metrics-access';
import { MetricsService } from '../src/modules/metrics/metrics.service';
import { startTestApp, type TestApp } from './support/test-app';

/** The value of one series in a Prometheus text exposition (0 when absent). */
function sample(text: string, series: string): number {
  const line = text.split('\n').find((l) => l.startsWith(`${series} `));
  return line ? Number(line.slice(series.length + 1)) : 0;
}

describe('GET /api/metrics', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(async () => {
    await t?.close();
  });

  it('answers the Prometheus text format: request durations by route pattern and status, the pool, the process', async () => {
    const id = ((await t.get<{ items: { id: string }[] }>('/api/services')).body.items[0]).id;
    const before = (await t.get<string>('/api/metrics')).body;
    const series = `http_request_duration_seconds_count{method="GET",route="/api/services/:id",status="200"}`;
    await t.get(`/api/services/${id}`);
    await t.get(`/api/services/${id}`);
    await t.get('/api/no-such-route-here');
    const res = await t.get<string>('/api/metrics');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/);
    expect(res.body).toContain('# TYPE http_request_duration_seconds histogram');
    expect(sample(res.body, series) - sample(before, series)).toBe(2);
    // The pattern, not the URL: no series names a raw id or an unknown path.
    expect(res.body).not.toContain(id);
    expect(res.body).not.toContain('no-such-route-here');
    expect(sample(res.body, `http_request_duration_seconds_count{method="GET",route="(unmatched)",status="404"}`)).toBeGreaterThanOrEqual(1);
    expect(res.body).toMatch(/^db_pool_connections\{state="idle"\} \d+$/m);
    expect(res.body).toMatch(/^db_pool_connections\{state="waiting"\} 0$/m);
    expect(sample(res.body, 'process_resident_memory_bytes')).toBeGreaterThan(10_000_000);
    expect(res.body).toContain('process_cpu_seconds_total');
  });

  it('lets other modules add gauges read at every scrape (the job queue adds its depth)', async () => {
    let depth = 3;
    t.app.get(MetricsService).registerGauge('test_queue_depth', 'Jobs waiting, by queue.', () => [{ labels: { queue: 'mail' }, value: depth }], ['queue']);
    expect((await t.get<string>('/api/metrics')).body).toMatch(/^test_queue_depth\{queue="mail"\} 3$/m);
    depth = 7;
    expect((await t.get<string>('/api/metrics')).body).toMatch(/^test_queue_depth\{queue="mail"\} 7$/m);
  });
});

describe('who may read the metrics', () => {
  it('behind a trusted proxy: only when every address of the forwarded chain is loopback', async () => {
    const t = await startTestApp({ TRUST_PROXY: 'true' });
    try {
      const get = (xff: string) => fetch(`${t.baseUrl}/api/metrics`, { headers: { 'x-forwarded-for': xff } });
      const outside = await get('203.0.113.7');
      expect(outside.status).toBe(403);
      expect(((await outside.json()) as ApiErrorBody).code).toBe('FORBIDDEN');
      // A client that names loopback itself: nginx appends its real address.
      expect((await get('127.0.0.1, 203.0.113.7')).status).toBe(403);
      expect((await get('127.0.0.1')).status).toBe(200);
    } finally {
      await t.close();
    }
  });

  it('with METRICS_TOKEN: the bearer of that token only, from anywhere', async () => {
    const token = 'metrics-token-of-the-test-0123456789';
    const t = await startTestApp({ METRICS_TOKEN: token });
    try {
      const get = (auth?: string) => fetch(`${t.baseUrl}/api/metrics`, { headers: auth ? { authorization: auth } : {} });
      const none = await get();
      expect(none.status).toBe(403);
      expect(((await none.json()) as ApiErrorBody).code).toBe('FORBIDDEN');
      expect((await get(`Bearer ${token}x`)).status).toBe(403);
      expect((await get('Bearer wrong')).status).toBe(403);
      const ok = await get(`Bearer ${token}`);
      expect(ok.status).toBe(200);
      expect(await ok.text()).toContain('http_request_duration_seconds');
    } finally {
      await t.close();
    }
  });

  it('without a proxy or token: judged by the socket, so another machine is refused', () => {
    const req = (remoteAddress: string, ips?: string[]) => ({ headers: {}, ip: ips?.[ips.length - 1] ?? remoteAddress, ips, socket: { remoteAddress } }) as unknown as FastifyRequest;
    expect(mayReadMetrics(req('127.0.0.1'), undefined, false)).toBe(true);
    expect(mayReadMetrics(req('::1'), undefined, false)).toBe(true);
    expect(mayReadMetrics(req('::ffff:127.0.0.1'), undefined, false)).toBe(true);
    expect(mayReadMetrics(req('10.1.2.3'), undefined, false)).toBe(false);
    expect(mayReadMetrics(req('::ffff:10.1.2.3'), undefined, false)).toBe(false);
  });
});
