// Every error the API returns carries one of these codes; the web translates them.
// The HTTP status lives beside the code so the mapping is in one place.

export const ERROR_HTTP_STATUS = {
  VALIDATION_FAILED: 400,
  MALFORMED_JSON: 400,
  INVALID_ID: 400,
  UNKNOWN_CATEGORY: 400,
  UNKNOWN_PROVIDER: 400,
  NOT_FOUND: 404,
  ROUTE_NOT_FOUND: 404,
  SERVICE_NOT_FOUND: 404,
  PROVIDER_NOT_FOUND: 404,
  PAYLOAD_TOO_LARGE: 413,
  UNSUPPORTED_MEDIA_TYPE: 415,
  RATE_LIMITED: 429,
  INTERNAL_ERROR: 500,
  DATABASE_UNAVAILABLE: 503,
} as const;

export type ErrorCode = keyof typeof ERROR_HTTP_STATUS;
export const ERROR_CODES = Object.keys(ERROR_HTTP_STATUS) as ErrorCode[];

export interface FieldIssue {
  /** Dotted path of the offending field, e.g. `pageSize`. */
  field: string;
  message: string;
}

export interface ApiErrorBody {
  code: ErrorCode;
  message: string;
  details?: FieldIssue[];
  requestId?: string;
}
