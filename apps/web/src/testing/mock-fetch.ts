import { vi } from 'vitest';

export interface MockResponse {
  status?: number;
  body?: unknown;
}

/**
 * Replaces the browser's fetch — the app's edge — with a handler keyed on the request URL.
 * Returns the mock so tests can read which URLs were requested.
 */
export function mockFetch(
  handler: (url: URL) => MockResponse | Promise<MockResponse>,
) {
  const fetchMock = vi.fn(async (input: RequestInfo | URL) => {
    const raw =
      typeof input === 'string'
        ? input
        : input instanceof URL
          ? input.href
          : input.url;
    const url = new URL(raw, 'http://localhost');
    const { status = 200, body } = await handler(url);
    return new Response(body === undefined ? null : JSON.stringify(body), {
      status,
      headers: { 'Content-Type': 'application/json' },
    });
  });
  vi.stubGlobal('fetch', fetchMock);
  return fetchMock;
}

export function requestedUrls(fetchMock: ReturnType<typeof mockFetch>): URL[] {
  return fetchMock.mock.calls.map(([input]) => {
    const raw =
      typeof input === 'string'
        ? input
        : input instanceof URL
          ? input.href
          : input.url;
    return new URL(raw, 'http://localhost');
  });
}
