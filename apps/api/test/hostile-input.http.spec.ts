import type { ApiErrorBody } from '@qifu/contracts';
import { connect } from 'node:net';
import { startTestApp, type TestApp } from './support/test-app';

// Requests refused before any route runs (found by the torture fuzzer: they answered Fastify's or
// Node's own bodies, without a contract code).
let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(async () => {
  await t?.close();
});

/** One raw HTTP/1.1 exchange: fetch() refuses to send some of these requests. */
function raw(request: string): Promise<{ status: number; body: ApiErrorBody }> {
  const { port } = new URL(t.baseUrl);
  return new Promise((resolve, reject) => {
    const socket = connect(Number(port), '127.0.0.1');
    let data = '';
    socket.on('data', (d) => (data += d.toString('utf8')));
    socket.on('error', (err) => (data ? undefined : reject(err)));
    socket.on('close', () => {
      const status = Number(/^HTTP\/1\.1 (\d{3})/.exec(data)?.[1] ?? 0);
      const body = data.slice(data.indexOf('\r\n\r\n') + 4);
      try {
        resolve({ status, body: JSON.parse(body) });
      } catch {
        reject(new Error(`not JSON: ${data.slice(0, 300)}`));
      }
    });
    socket.write(request);
  });
}

describe('requests refused before routing carry a contract code', () => {
  it('a URL that does not decode (a lone surrogate as UTF-8 bytes) → 400 VALIDATION_FAILED', async () => {
    const res = await fetch(`${t.baseUrl}/api/services/x%ED%A0%BD`);
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({ code: 'VALIDATION_FAILED', message: expect.any(String), requestId: expect.any(String) });
  });

  it('a path parameter over the router limit → 400 VALIDATION_FAILED', async () => {
    const res = await fetch(`${t.baseUrl}/api/services/${'a'.repeat(500)}`);
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({ code: 'VALIDATION_FAILED', message: expect.any(String) });
  });

  it('headers over the size limit → 431 PAYLOAD_TOO_LARGE', async () => {
    const res = await raw(`GET /api/services?q=${'x'.repeat(40_000)} HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n`);
    expect(res.status).toBe(431);
    expect(res.body).toMatchObject({ code: 'PAYLOAD_TOO_LARGE', message: expect.any(String) });
  });

  it('a request line that does not parse → 400 VALIDATION_FAILED', async () => {
    const res = await raw(`GET /api/services HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: nope\r\n\r\n`);
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({ code: 'VALIDATION_FAILED', message: expect.any(String) });
  });
});
