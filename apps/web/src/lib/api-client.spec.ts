import { afterEach, vi } from 'vitest';
import {
  ApiError,
  apiGet,
  apiSend,
  buildApiUrl,
  isNotFoundError,
} from './api-client';
import { setCsrfToken } from './csrf-token';

function respond(
  status: number,
  body: unknown,
  contentType = 'application/json',
) {
  const fetchMock = vi.fn(
    async () =>
      new Response(
        status === 204
          ? null
          : typeof body === 'string'
            ? body
            : JSON.stringify(body),
        {
          status,
          headers: { 'Content-Type': contentType },
        },
      ),
  );
  vi.stubGlobal('fetch', fetchMock);
  return fetchMock;
}

async function caught(promise: Promise<unknown>): Promise<ApiError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof ApiError) return error;
    throw error;
  }
  throw new Error('expected the request to fail');
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('buildApiUrl', () => {
  it('prefixes /api and drops empty parameters', () => {
    expect(
      buildApiUrl('/services', {
        q: '审计',
        category: undefined,
        stage: '',
        page: 2,
      }),
    ).toBe(`/api/services?q=${encodeURIComponent('审计')}&page=2`);
    expect(buildApiUrl('/categories')).toBe('/api/categories');
  });
});

describe('apiGet', () => {
  it('returns the parsed body of a successful response', async () => {
    const fetchMock = respond(200, [{ code: 'financial-audit' }]);
    await expect(apiGet('/categories')).resolves.toEqual([
      { code: 'financial-audit' },
    ]);
    expect(fetchMock).toHaveBeenCalledWith(
      '/api/categories',
      expect.objectContaining({ method: 'GET' }),
    );
  });

  it('throws an ApiError carrying the code, message, status and details of an error body', async () => {
    respond(400, {
      code: 'VALIDATION_FAILED',
      message: 'pageSize must be at most 100',
      details: [{ field: 'pageSize', message: 'too big' }],
      requestId: 'req-42',
    });
    const error = await caught(apiGet('/services', { pageSize: 500 }));
    expect(error).toBeInstanceOf(ApiError);
    expect(error.code).toBe('VALIDATION_FAILED');
    expect(error.status).toBe(400);
    expect(error.message).toBe('pageSize must be at most 100');
    expect(error.details).toEqual([{ field: 'pageSize', message: 'too big' }]);
    expect(error.requestId).toBe('req-42');
  });

  it('treats 404 and INVALID_ID as not found, other errors not', async () => {
    respond(404, { code: 'SERVICE_NOT_FOUND', message: 'no such service' });
    const missing = await caught(
      apiGet('/services/0b6a3c1e-2f4d-4a5b-9c8d-7e6f5a4b3c2d'),
    );
    expect(missing.code).toBe('SERVICE_NOT_FOUND');
    expect(isNotFoundError(missing)).toBe(true);

    respond(400, { code: 'INVALID_ID', message: 'id must be a UUID' });
    expect(isNotFoundError(await caught(apiGet('/services/abc')))).toBe(true);

    respond(400, { code: 'VALIDATION_FAILED', message: 'bad' });
    expect(isNotFoundError(await caught(apiGet('/services')))).toBe(false);
    expect(isNotFoundError(new Error('boom'))).toBe(false);
  });

  it('maps an error without our body (a proxy page) to a code from the status', async () => {
    respond(502, '<html>Bad Gateway</html>', 'text/html');
    const gateway = await caught(apiGet('/services'));
    expect(gateway.code).toBe('INTERNAL_ERROR');
    expect(gateway.status).toBe(502);

    respond(404, 'Not Found', 'text/plain');
    const notFound = await caught(apiGet('/providers/x'));
    expect(notFound.code).toBe('NOT_FOUND');
    expect(isNotFoundError(notFound)).toBe(true);
  });

  it('rejects a 200 that is not JSON (e.g. index.html served for /api)', async () => {
    respond(200, '<!doctype html><html></html>', 'text/html');
    const error = await caught(apiGet('/services'));
    expect(error.code).toBe('UNEXPECTED_RESPONSE');
    expect(error.status).toBe(200);
  });

  it('turns a network failure into NETWORK_ERROR with status 0', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => {
        throw new TypeError('Failed to fetch');
      }),
    );
    const error = await caught(apiGet('/services'));
    expect(error.code).toBe('NETWORK_ERROR');
    expect(error.status).toBe(0);
  });

  it('lets a cancelled request reject with the abort error, not an ApiError', async () => {
    const controller = new AbortController();
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => {
        throw new DOMException('The operation was aborted.', 'AbortError');
      }),
    );
    controller.abort();
    await expect(
      apiGet('/services', {}, { signal: controller.signal }),
    ).rejects.toMatchObject({
      name: 'AbortError',
    });
  });
});

describe('apiSend and the CSRF header', () => {
  function lastInit(fetchMock: ReturnType<typeof respond>): RequestInit {
    const call = fetchMock.mock.calls.at(-1) as unknown as
      | [string, RequestInit]
      | undefined;
    if (!call) throw new Error('fetch was not called');
    return call[1];
  }

  function header(init: RequestInit, name: string): string | null {
    return new Headers(init.headers).get(name);
  }

  it('sends the session token in x-csrf-token on every write', async () => {
    setCsrfToken('token-123');
    const fetchMock = respond(200, { ok: true });

    await apiSend('POST', '/organisation/invitations', {
      email: 'li@example.com',
      role: 'member',
    });
    const post = lastInit(fetchMock);
    expect(post.method).toBe('POST');
    expect(header(post, 'x-csrf-token')).toBe('token-123');
    expect(header(post, 'content-type')).toBe('application/json');
    expect(JSON.parse(String(post.body))).toEqual({
      email: 'li@example.com',
      role: 'member',
    });

    const deleteMock = respond(204, '');
    await apiSend('DELETE', '/auth/sessions/abc');
    expect(header(lastInit(deleteMock), 'x-csrf-token')).toBe('token-123');
  });

  it('never sends the token on a read', async () => {
    setCsrfToken('token-123');
    const fetchMock = respond(200, []);
    await apiGet('/auth/sessions');
    const get = lastInit(fetchMock);
    expect(get.method).toBe('GET');
    expect(header(get, 'x-csrf-token')).toBeNull();
  });

  it('sends no header while signed out (no token known)', async () => {
    setCsrfToken(null);
    const fetchMock = respond(200, { ok: true });
    await apiSend('POST', '/auth/login', { email: 'a@b.c', password: 'x' });
    expect(header(lastInit(fetchMock), 'x-csrf-token')).toBeNull();
  });

  it('follows the token as it changes (sign-in, password change)', async () => {
    const fetchMock = respond(200, { ok: true });
    setCsrfToken('first');
    await apiSend('POST', '/auth/password', {});
    setCsrfToken('second');
    await apiSend('POST', '/auth/sessions/revoke-others');
    const sent = fetchMock.mock.calls.map((call) =>
      header((call as unknown as [string, RequestInit])[1], 'x-csrf-token'),
    );
    expect(sent).toEqual(['first', 'second']);
  });

  it('resolves a 204 to undefined', async () => {
    respond(204, '');
    await expect(apiSend('POST', '/auth/logout')).resolves.toBeUndefined();
  });

  it('keeps the Retry-After of a refused sign-in, in seconds', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(
        async () =>
          new Response(
            JSON.stringify({
              code: 'TOO_MANY_LOGIN_ATTEMPTS',
              message: 'Too many',
            }),
            {
              status: 429,
              headers: {
                'Content-Type': 'application/json',
                'Retry-After': '540',
              },
            },
          ),
      ),
    );
    const error = await caught(
      apiSend('POST', '/auth/login', { email: 'a@b.c', password: 'x' }),
    );
    expect(error.code).toBe('TOO_MANY_LOGIN_ATTEMPTS');
    expect(error.retryAfter).toBe(540);
  });
});
