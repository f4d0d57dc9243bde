import type { ApiErrorBody } from '@qifu/contracts';
import { startTestApp, type TestApp } from './support/test-app';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const FORGED = 'forged-id-for-the-logs';

// A route that needs a session, so a signed-out call is an error with the id in its body.
// The id Fastify gives a request is the one in every log line of that request, in the error
// body and in the echoed header; the last two are what a test can see.
async function idsFor(t: TestApp, headers: Record<string, string>) {
  const res = await fetch(`${t.baseUrl}/api/notifications`, { headers });
  const body = (await res.json()) as ApiErrorBody;
  return { status: res.status, header: res.headers.get('x-request-id'), body: body.requestId };
}

describe('request id', () => {
  it('ignores a client-sent x-request-id without a trusted proxy and generates its own', async () => {
    const t = await startTestApp({ TRUST_PROXY: 'false' });
    try {
      const ids = await idsFor(t, { 'x-request-id': FORGED });
      expect(ids.status).toBe(401);
      expect(ids.header).not.toBe(FORGED);
      expect(ids.header).toMatch(UUID);
      expect(ids.body).toBe(ids.header);
    } finally {
      await t.close();
    }
  });

  it('takes the x-request-id of a trusted proxy', async () => {
    const t = await startTestApp({ TRUST_PROXY: 'true' });
    try {
      const ids = await idsFor(t, { 'x-request-id': 'proxy-id-123' });
      expect(ids.header).toBe('proxy-id-123');
      expect(ids.body).toBe('proxy-id-123');
      // Without the header the proxy-trusting app still makes its own.
      const own = await idsFor(t, {});
      expect(own.header).toMatch(UUID);
    } finally {
      await t.close();
    }
  });
});
