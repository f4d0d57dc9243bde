import type { ApiErrorBody } from '@qifu/contracts';
import { connect } from 'node:net';
import { signInOperator, signUpCompany } from './support/accounts';
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
    expect(await res.json()).toMatchObject({
      code: 'VALIDATION_FAILED',
      message: expect.any(String),
      requestId: expect.any(String),
    });
  });

  it('a path parameter over the router limit → 400 VALIDATION_FAILED', async () => {
    const res = await fetch(`${t.baseUrl}/api/services/${'a'.repeat(500)}`);
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({
      code: 'VALIDATION_FAILED',
      message: expect.any(String),
    });
  });

  it('headers over the size limit → 431 PAYLOAD_TOO_LARGE', async () => {
    const res = await raw(
      `GET /api/services?q=${'x'.repeat(40_000)} HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n`,
    );
    expect(res.status).toBe(431);
    expect(res.body).toMatchObject({
      code: 'PAYLOAD_TOO_LARGE',
      message: expect.any(String),
    });
  });

  it('a request line that does not parse → 400 VALIDATION_FAILED', async () => {
    const res = await raw(
      `GET /api/services HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: nope\r\n\r\n`,
    );
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({
      code: 'VALIDATION_FAILED',
      message: expect.any(String),
    });
  });
});

// PostgreSQL text cannot hold U+0000; these reached the database and answered 500 (fuzzer finds).
describe('a NUL character anywhere in the input is a 400, not a database error', () => {
  it('in a query string', async () => {
    for (const path of [
      '/api/providers?q=a%00b',
      '/api/services?q=%00',
      '/api/companies?q=x%00',
    ]) {
      const res = await fetch(t.baseUrl + path);
      expect({
        path,
        status: res.status,
        code: ((await res.json()) as ApiErrorBody).code,
      }).toEqual({ path, status: 400, code: 'VALIDATION_FAILED' });
    }
  });

  it('in a JSON body (an unlisting reason, an intent need): nothing is written', async () => {
    const operator = await signInOperator(t);
    const [listing] = await t.db.query(
      `SELECT id FROM service_listing WHERE status = 'published' ORDER BY id LIMIT 1`,
    );
    const unlist = await operator.post<ApiErrorBody>(
      `/api/operator/listings/${listing.id}/unlist`,
      { reason: 'a\u0000b' },
    );
    expect(unlist.status).toBe(400);
    expect(unlist.body.code).toBe('VALIDATION_FAILED');
    expect(
      (
        await t.db.query(`SELECT status FROM service_listing WHERE id = $1`, [
          listing.id,
        ])
      )[0].status,
    ).toBe('published');

    const company = await signUpCompany(t);
    const intent = await company.post<ApiErrorBody>('/api/intents', {
      serviceId: listing.id,
      need: '需要\u0000专利申请代理',
      budgetNegotiable: true,
      wishedStartDate: '2026-12-01',
      contactName: '王经理',
      contactPhone: '13800001111',
    });
    expect(intent.status).toBe(400);
    expect(intent.body.code).toBe('VALIDATION_FAILED');
    // A NUL in a key is refused too.
    expect((await company.post('/api/intents', '{"a\\u0000":1}')).status).toBe(
      400,
    );
    expect(
      (
        await t.db.query(
          `SELECT count(*)::int AS n FROM intent WHERE company_id = $1`,
          [company.me?.organisation.id],
        )
      )[0].n,
    ).toBe(0);
  });
});

// A lone UTF-16 surrogate parses as JSON but is not text: PostgreSQL's json refused it inside a
// message's notification (a 500; torture fuzzer, seed 926968844). Refused like NUL.
describe('an unpaired surrogate in the input is a 400, and a paired one is fine', () => {
  it('in a message body: nothing is written; an emoji (a proper pair) is kept', async () => {
    const company = await signUpCompany(t);
    const [listing] = await t.db.query(
      `SELECT s.id FROM service_listing s JOIN provider p ON p.id = s.provider_id
        WHERE s.status = 'published' AND p.status = 'approved' ORDER BY s.id LIMIT 1`,
    );
    const created = await company.post<{ id: string }>('/api/intents', {
      serviceId: listing.id,
      need: '需要专利申请代理服务。',
      budgetNegotiable: true,
      wishedStartDate: '2026-12-01',
      contactName: '王经理',
      contactPhone: '13800001111',
    });
    expect(created.status).toBe(201);
    const path = `/api/intents/${created.body.id}/messages`;
    for (const raw of ['{"body":"\\u200f\\udf83ぞ"}', '{"body":"a\\ud83db"}', '{"\\udf83":"x","body":"好"}']) {
      const res = await company.post<ApiErrorBody>(path, raw);
      expect({ raw, status: res.status, code: res.body.code }).toEqual({ raw, status: 400, code: 'VALIDATION_FAILED' });
    }
    const count = async () =>
      (await t.db.query(`SELECT count(*)::int AS n FROM intent_message WHERE intent_id = $1`, [created.body.id]))[0].n;
    expect(await count()).toBe(0);
    const ok = await company.post(path, { body: '收到，谢谢 👍' });
    expect(ok.status).toBe(201);
    expect(await count()).toBe(1);
    const [m] = await t.db.query(`SELECT body FROM intent_message WHERE intent_id = $1`, [created.body.id]);
    expect(m.body).toBe('收到，谢谢 👍');
  });

  it('in a query string (decoded as UTF-8, so never a lone surrogate) is not an error', async () => {
    const res = await fetch(`${t.baseUrl}/api/services?q=${encodeURIComponent('专利')}%ED%BC%83`);
    expect(res.status).toBeLessThan(500);
  });
});
