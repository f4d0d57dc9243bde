import { ERROR_HTTP_STATUS, type ErrorCode, type FieldIssue } from '@qifu/contracts';

// The one way the API reports a refusal: a code from libs/contracts (the web translates it),
// a message for developers, and per-field details where a form can show them.
export class AppError extends Error {
  readonly status: number;

  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details?: FieldIssue[],
    /** Extra response headers, e.g. Retry-After on a 429. */
    readonly headers?: Record<string, string>,
  ) {
    super(message);
    this.status = ERROR_HTTP_STATUS[code];
  }
}
