import { vi } from 'vitest';

export interface MockResponse {
  status?: number;
  body?: unknown;
  headers?: Record<string, string>;
}

export interface MockRequest {
  url: URL;
  method: string;
  headers: Headers;
  /** The parsed JSON body of a write, if any. */
  body: unknown;
}

function toUrl(input: RequestInfo | URL): URL {
  const raw =
    typeof input === 'string'
      ? input
      : input instanceof URL
        ? input.href
        : input.url;
  return new URL(raw, 'http://localhost');
}

function toRequest(input: RequestInfo | URL, init?: RequestInit): MockRequest {
  return {
    url: toUrl(input),
    method: (init?.method ?? 'GET').toUpperCase(),
    headers: new Headers(init?.headers),
    body: typeof init?.body === 'string' ? JSON.parse(init.body) : undefined,
  };
}

/**
 * Replaces the browser's fetch — the app's edge — with a handler keyed on the request URL
 * (and, for writes, the method, headers and body).
 * Returns the mock so tests can read which requests were made.
 */
export function mockFetch(
  handler: (
    url: URL,
    request: MockRequest,
  ) => MockResponse | Promise<MockResponse>,
) {
  const fetchMock = vi.fn(
    async (input: RequestInfo | URL, init?: RequestInit) => {
      const request = toRequest(input, init);
      const {
        status = 200,
        body,
        headers = {},
      } = await handler(request.url, request);
      const empty = body === undefined || status === 204;
      return new Response(empty ? null : JSON.stringify(body), {
        status,
        headers: { 'Content-Type': 'application/json', ...headers },
      });
    },
  );
  vi.stubGlobal('fetch', fetchMock);
  return fetchMock;
}

export function requestedUrls(fetchMock: ReturnType<typeof mockFetch>): URL[] {
  return fetchMock.mock.calls.map(([input]) => toUrl(input));
}

/** Every request made, with method, headers and body, in order. */
export function requests(
  fetchMock: ReturnType<typeof mockFetch>,
): MockRequest[] {
  return fetchMock.mock.calls.map(([input, init]) => toRequest(input, init));
}

/** The error body the API sends: `{ code, message, details? }`. */
export function apiError(
  status: number,
  code: string,
  details?: { field: string; message: string }[],
  headers?: Record<string, string>,
): MockResponse {
  return {
    status,
    body: { code, message: `${code} (test)`, details, requestId: 'req-test' },
    headers,
  };
}
