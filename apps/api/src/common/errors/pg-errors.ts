// Classifies errors thrown by `pg` so the filter can tell "the database is away" (503, retry
// later) and "the input broke a database rule" (400) from a bug (500).
const UNAVAILABLE_SQLSTATES = new Set([
  '57P01', // admin_shutdown (pg_terminate_backend, server stopping)
  '57P02', // crash_shutdown
  '57P03', // cannot_connect_now (starting up / shutting down)
  '08000', '08001', '08003', '08004', '08006', // connection exceptions
  '53300', // too_many_connections
]);
const UNAVAILABLE_NODE_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'ENOTFOUND', 'EHOSTUNREACH']);

export function isDatabaseUnavailable(err: unknown): boolean {
  if (!err || typeof err !== 'object') return false;
  const e = err as { code?: unknown; message?: unknown; driverError?: unknown };
  if (e.driverError && e.driverError !== err && isDatabaseUnavailable(e.driverError)) return true;
  if (typeof e.code === 'string' && (UNAVAILABLE_SQLSTATES.has(e.code) || UNAVAILABLE_NODE_CODES.has(e.code))) {
    return true;
  }
  const msg = typeof e.message === 'string' ? e.message : '';
  // The last two are TypeORM's QueryRunner(Provider)AlreadyReleasedError: the connection of an
  // open transaction died (pg_terminate_backend, a restart) and TypeORM released it, so the
  // transaction's next statement or its COMMIT cannot run. The server rolled the transaction back
  // (nothing was written); the caller may retry.
  return /Connection terminated|connection timeout|timeout exceeded when trying to connect|Client has encountered a connection error|not queryable|query runner was already released|Query runner already released/i.test(
    msg,
  );
}

/**
 * A statement cancelled by statement_timeout (or by an operator's pg_cancel_backend): 57014. The
 * statement's transaction is rolled back, so the caller may retry; an overloaded server, not a bug.
 */
export function isStatementCancelled(err: unknown): boolean {
  if (!err || typeof err !== 'object') return false;
  const e = err as { code?: unknown; driverError?: unknown };
  if (e.driverError && e.driverError !== err && isStatementCancelled(e.driverError)) return true;
  return e.code === '57014';
}

// Integrity errors the caller's input causes: the schemas should refuse such input first, and when
// one slips past, the caller hears a coded 400, not a 500. (Unique and foreign-key violations are
// mapped where they happen, to codes that name the conflict.)
const CONSTRAINT_SQLSTATES = new Set([
  '23514', // check_violation
  '23502', // not_null_violation
  '22003', // numeric_value_out_of_range
]);

export interface ConstraintViolation {
  sqlstate: string;
  /** The constraint or column, for the developer reading the message; never row data. */
  name: string | null;
}

export function constraintViolation(err: unknown): ConstraintViolation | null {
  if (!err || typeof err !== 'object') return null;
  const e = err as { code?: unknown; constraint?: unknown; column?: unknown; driverError?: unknown };
  if (e.driverError && e.driverError !== err) {
    const inner = constraintViolation(e.driverError);
    if (inner) return inner;
  }
  if (typeof e.code !== 'string' || !CONSTRAINT_SQLSTATES.has(e.code)) return null;
  const name = typeof e.constraint === 'string' ? e.constraint : typeof e.column === 'string' ? e.column : null;
  return { sqlstate: e.code, name };
}
