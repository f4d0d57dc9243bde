// Every error the API returns carries one of these codes; the web translates them.
// The HTTP status lives beside the code so the mapping is in one place.

export const ERROR_HTTP_STATUS = {
  VALIDATION_FAILED: 400,
  MALFORMED_JSON: 400,
  INVALID_ID: 400,
  /** A list's `cursor` is not one the API gave out (or belongs to another ordering). */
  INVALID_CURSOR: 400,
  UNKNOWN_CATEGORY: 400,
  UNKNOWN_PROVIDER: 400,
  /** The input passed the schemas but a database rule (CHECK, NOT NULL, range) refused it. */
  CONSTRAINT_VIOLATED: 400,
  INVALID_CREDENTIALS: 401,
  UNAUTHENTICATED: 401,
  SESSION_EXPIRED: 401,
  FORBIDDEN: 403,
  CSRF_FAILED: 403,
  ORIGIN_NOT_ALLOWED: 403,
  PROVIDER_NOT_APPROVED: 403,
  NOT_FOUND: 404,
  INVITATION_NOT_FOUND: 404,
  MEMBER_NOT_FOUND: 404,
  APPLICATION_NOT_FOUND: 404,
  EMAIL_TAKEN: 409,
  CREDIT_CODE_TAKEN: 409,
  ORGANISATION_NAME_TAKEN: 409,
  LAST_ADMIN: 409,
  APPLICATION_ALREADY_DECIDED: 409,
  INVITATION_USED: 409,
  INTENT_NOT_FOUND: 404,
  TRANSITION_NOT_ALLOWED: 409,
  TRANSITION_FORBIDDEN: 403,
  INTENT_CONFLICT: 409,
  RATING_NOT_ALLOWED: 409,
  ALREADY_RATED: 409,
  ALREADY_REPLIED: 409,
  SERVICE_UNAVAILABLE_FOR_INTENT: 400,
  COMPANY_REQUIRED: 400,
  IDEMPOTENCY_KEY_REUSED: 422,
  PROBLEM_NOT_FOUND: 404,
  /** The problem changed since the caller read it (stale version), or the move is not in the table from its status. */
  PROBLEM_CONFLICT: 409,
  /** The assignee is not a member of the operator's staff. */
  PROBLEM_ASSIGNEE_INVALID: 400,
  PROBLEM_CATEGORY_UNKNOWN: 400,
  /** The problem already has its marketplace request, or is not open. */
  PROBLEM_NOT_BRIDGEABLE: 409,
  /** The operator closes a solved problem only once the company's time to answer has passed. */
  PROBLEM_ANSWER_PENDING: 409,
  LISTING_NOT_FOUND: 404,
  LISTING_NOT_DRAFT: 409,
  LISTING_TITLE_TAKEN: 409,
  LISTING_MODERATED: 409,
  JOB_NOT_FOUND: 404,
  /** Only a job that failed for good can be retried from the console (it may already be running again). */
  JOB_NOT_FAILED: 409,
  /** An unsubscribe link whose signature does not check out (altered, or signed with another secret). */
  UNSUBSCRIBE_TOKEN_INVALID: 400,
  /** An unsubscribe link older than its validity. */
  UNSUBSCRIBE_TOKEN_EXPIRED: 410,
  /** No export job of this id for the caller (another operator's job is not shown either). */
  EXPORT_NOT_FOUND: 404,
  /** The export job has not finished its file (queued, running or failed). */
  EXPORT_NOT_READY: 409,
  /** The export's file was deleted after its expiry; export again. */
  EXPORT_EXPIRED: 410,
  SYNONYM_NOT_FOUND: 404,
  /** A word of the group is already in another group of the search dictionary. */
  SYNONYM_TERM_TAKEN: 409,
  COMPANY_NOT_FOUND: 404,
  /** The company's tiers changed since the caller read them (expectedTiers is stale). */
  COMPANY_TIERS_CONFLICT: 409,
  COMPANY_IMPORT_NOT_FOUND: 404,
  /** Only a previewed import can be confirmed (it is already queued, running or done). */
  COMPANY_IMPORT_NOT_PREVIEWED: 409,
  /** The file could not be read as CSV (UTF-8) or XLSX. */
  COMPANY_IMPORT_UNREADABLE: 400,
  /** The header row lacks a required column (企业名称, 统一社会信用代码, …). */
  COMPANY_IMPORT_COLUMNS_MISSING: 400,
  /** The file has no data rows, or more than COMPANY_IMPORT_MAX_ROWS. */
  COMPANY_IMPORT_ROW_COUNT: 400,
  /** Nothing to import: every row has an error. */
  COMPANY_IMPORT_NOTHING_TO_IMPORT: 409,
  PASSWORD_TOO_COMMON: 400,
  PASSWORD_INCORRECT: 400,
  ROUTE_NOT_FOUND: 404,
  SERVICE_NOT_FOUND: 404,
  PROVIDER_NOT_FOUND: 404,
  PAYLOAD_TOO_LARGE: 413,
  UNSUPPORTED_MEDIA_TYPE: 415,
  RATE_LIMITED: 429,
  TOO_MANY_LOGIN_ATTEMPTS: 429,
  INTERNAL_ERROR: 500,
  DATABASE_UNAVAILABLE: 503,
  /** A statement ran past DB_STATEMENT_TIMEOUT_MS (the server is overloaded); nothing was written, retry shortly. */
  DATABASE_BUSY: 503,
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
