import {
  CSRF_HEADER,
  type ApiErrorBody,
  type ErrorCode,
  type FieldIssue,
} from '@qifu/contracts';
import { getCsrfToken } from './csrf-token';

// Codes the browser produces itself, when no ApiErrorBody came back.
export type ClientErrorCode = 'NETWORK_ERROR' | 'UNEXPECTED_RESPONSE';
export type AppErrorCode = ErrorCode | ClientErrorCode;

export const API_BASE = '/api';

export class ApiError extends Error {
  readonly code: AppErrorCode;
  /** HTTP status; 0 when the request never got an answer. */
  readonly status: number;
  readonly details: FieldIssue[];
  readonly requestId?: string;
  /** Seconds to wait before trying again (the Retry-After header of a 429 or 503). */
  readonly retryAfter?: number;

  constructor(init: {
    code: AppErrorCode;
    message: string;
    status: number;
    details?: FieldIssue[];
    requestId?: string;
    retryAfter?: number;
  }) {
    super(init.message);
    this.name = 'ApiError';
    this.code = init.code;
    this.status = init.status;
    this.details = init.details ?? [];
    this.requestId = init.requestId;
    this.retryAfter = init.retryAfter;
  }
}

export function isApiError(error: unknown): error is ApiError {
  return error instanceof ApiError;
}

/** Unknown ids (404) and malformed ids (400 INVALID_ID) both mean "this page does not exist". */
export function isNotFoundError(error: unknown): boolean {
  return (
    isApiError(error) && (error.status === 404 || error.code === 'INVALID_ID')
  );
}

export type QueryParams = Record<string, string | number | null | undefined>;

export function buildApiUrl(path: string, params: QueryParams = {}): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value === undefined || value === null || value === '') continue;
    search.set(key, String(value));
  }
  const query = search.toString();
  return `${API_BASE}${path}${query ? `?${query}` : ''}`;
}

function isErrorBody(value: unknown): value is ApiErrorBody {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as ApiErrorBody).code === 'string' &&
    typeof (value as ApiErrorBody).message === 'string'
  );
}

function fallbackCode(status: number): AppErrorCode {
  if (status === 404) return 'NOT_FOUND';
  if (status === 429) return 'RATE_LIMITED';
  if (status >= 500) return 'INTERNAL_ERROR';
  return 'UNEXPECTED_RESPONSE';
}

async function readJson(response: Response): Promise<unknown> {
  try {
    return await response.json();
  } catch {
    return undefined;
  }
}

// Retry-After is either seconds or an HTTP date.
function parseRetryAfter(value: string | null): number | undefined {
  if (!value) return undefined;
  if (/^\d+$/.test(value.trim())) return Number(value);
  const at = Date.parse(value);
  return Number.isNaN(at)
    ? undefined
    : Math.max(0, Math.ceil((at - Date.now()) / 1000));
}

export type WriteMethod = 'POST' | 'PUT' | 'PATCH' | 'DELETE';

async function request<T>(
  method: 'GET' | WriteMethod,
  url: string,
  body: unknown,
  signal?: AbortSignal,
  extraHeaders: Record<string, string> = {},
  /** A file sent as the raw body with this Content-Type, instead of JSON. */
  rawType?: string,
): Promise<T> {
  const headers: Record<string, string> = {
    ...extraHeaders,
    Accept: 'application/json',
  };
  if (body !== undefined) headers['Content-Type'] = rawType ?? 'application/json';
  // The session cookie is HttpOnly; writes prove they come from our page with this header.
  const csrfToken = method === 'GET' ? null : getCsrfToken();
  if (csrfToken) headers[CSRF_HEADER] = csrfToken;

  let response: Response;
  try {
    response = await fetch(url, {
      method,
      headers,
      body:
        body === undefined
          ? undefined
          : rawType
            ? (body as Blob)
            : JSON.stringify(body),
      credentials: 'same-origin',
      signal,
    });
  } catch (error) {
    // A cancelled query is not a failure; let React Query see the AbortError.
    if (signal?.aborted) throw error;
    throw new ApiError({
      code: 'NETWORK_ERROR',
      message:
        error instanceof Error ? error.message : 'Network request failed',
      status: 0,
    });
  }

  if (response.status === 204) return undefined as T;
  const json = await readJson(response);

  if (!response.ok) {
    const retryAfter = parseRetryAfter(response.headers.get('Retry-After'));
    if (isErrorBody(json)) {
      throw new ApiError({
        code: json.code,
        message: json.message,
        status: response.status,
        details: json.details,
        requestId: json.requestId,
        retryAfter,
      });
    }
    // A proxy or gateway answered without our error body.
    throw new ApiError({
      code: fallbackCode(response.status),
      message: `HTTP ${response.status}`,
      status: response.status,
      retryAfter,
    });
  }

  if (json === undefined) {
    throw new ApiError({
      code: 'UNEXPECTED_RESPONSE',
      message: 'The response was not JSON',
      status: response.status,
    });
  }
  return json as T;
}

export function apiGet<T>(
  path: string,
  params?: QueryParams,
  init: { signal?: AbortSignal } = {},
): Promise<T> {
  return request<T>('GET', buildApiUrl(path, params), undefined, init.signal);
}

/** A write: JSON body, the CSRF header when signed in; resolves undefined on 204. */
export function apiSend<T = void>(
  method: WriteMethod,
  path: string,
  body?: unknown,
  /** Extra request headers, e.g. Idempotency-Key. */
  options: { headers?: Record<string, string> } = {},
): Promise<T> {
  return request<T>(
    method,
    buildApiUrl(path),
    body,
    undefined,
    options.headers,
  );
}

/** A file as the raw request body (the import's upload), the CSRF header as for any write. */
export function apiUpload<T>(
  path: string,
  params: QueryParams,
  file: Blob,
  contentType: string,
): Promise<T> {
  return request<T>(
    'POST',
    buildApiUrl(path, params),
    file,
    undefined,
    {},
    contentType,
  );
}
