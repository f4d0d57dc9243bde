import { afterEach, vi } from 'vitest';
import { ApiError, apiGet, buildApiUrl, isNotFoundError } from './api-client';

function respond(
  status: number,
  body: unknown,
  contentType = 'application/json',
) {
  const fetchMock = vi.fn(
    async () =>
      new Response(typeof body === 'string' ? body : JSON.stringify(body), {
        status,
        headers: { 'Content-Type': contentType },
      }),
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
