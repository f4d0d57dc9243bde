import type { ApiErrorBody, ErrorCode, FieldIssue } from '@qifu/contracts';

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

  constructor(init: {
    code: AppErrorCode;
    message: string;
    status: number;
    details?: FieldIssue[];
    requestId?: string;
  }) {
    super(init.message);
    this.name = 'ApiError';
    this.code = init.code;
    this.status = init.status;
    this.details = init.details ?? [];
    this.requestId = init.requestId;
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

export async function apiGet<T>(
  path: string,
  params?: QueryParams,
  init: { signal?: AbortSignal } = {},
): Promise<T> {
  let response: Response;
  try {
    response = await fetch(buildApiUrl(path, params), {
      method: 'GET',
      headers: { Accept: 'application/json' },
      signal: init.signal,
    });
  } catch (error) {
    // A cancelled query is not a failure; let React Query see the AbortError.
    if (init.signal?.aborted) throw error;
    throw new ApiError({
      code: 'NETWORK_ERROR',
      message:
        error instanceof Error ? error.message : 'Network request failed',
      status: 0,
    });
  }

  const body = await readJson(response);

  if (!response.ok) {
    if (isErrorBody(body)) {
      throw new ApiError({
        code: body.code,
        message: body.message,
        status: response.status,
        details: body.details,
        requestId: body.requestId,
      });
    }
    // A proxy or gateway answered without our error body.
    throw new ApiError({
      code: fallbackCode(response.status),
      message: `HTTP ${response.status}`,
      status: response.status,
    });
  }

  if (body === undefined) {
    throw new ApiError({
      code: 'UNEXPECTED_RESPONSE',
      message: 'The response was not JSON',
      status: response.status,
    });
  }
  return body as T;
}
