import Fastify from 'fastify';
import { Writable } from 'node:stream';
import { LogController } from 'fastify';
import { registerRequestLogging } from './request-logging';

describe('registerRequestLogging', () => {
  it('writes one JSON line per request with id, route, status and duration', async () => {
    const lines: string[] = [];
    const stream = new Writable({
      write(chunk, _enc, cb) {
        lines.push(...String(chunk).split('\n').filter(Boolean));
        cb();
      },
    });
    const app = Fastify({ logger: { level: 'info', stream }, requestIdHeader: 'x-request-id', logController: new LogController({ disableRequestLogging: true }) });
    registerRequestLogging(app);
    app.get('/api/things/:id', async () => ({ ok: true }));
    await app.ready();

    const res = await app.inject({ method: 'GET', url: '/api/things/42?x=1', headers: { 'x-request-id': 'req-123' } });
    expect(res.headers['x-request-id']).toBe('req-123');
    await app.close();

    const entries = lines.map((l) => JSON.parse(l)).filter((e) => e.msg === 'request');
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ reqId: 'req-123', method: 'GET', route: '/api/things/:id', url: '/api/things/42?x=1', status: 200 });
    expect(typeof entries[0].durationMs).toBe('number');
  });

  it('adds no per-request work below the info level', async () => {
    const lines: string[] = [];
    const stream = new Writable({
      write(chunk, _enc, cb) {
        lines.push(String(chunk));
        cb();
      },
    });
    const app = Fastify({ logger: { level: 'warn', stream }, logController: new LogController({ disableRequestLogging: true }) });
    registerRequestLogging(app);
    app.get('/x', async () => ({ ok: true }));
    await app.ready();
    expect(app.printRoutes({ includeHooks: true })).not.toContain('onResponse');
    expect((await app.inject('/x')).headers['x-request-id']).toBeTruthy();
    await app.close();
    expect(lines).toEqual([]);
  });
});
