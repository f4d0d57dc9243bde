// Failed sign-ins (login_failure) and sign-up attempts (signup_attempt), counted per source in
// sliding windows. Each check takes a transaction-scoped advisory lock first, so parallel attempts
// on one key queue and cannot slip past the count.

/** $1 the e-mail address: serialises sign-in attempts on one account. */
export const LOCK_LOGIN_ACCOUNT = `SELECT pg_advisory_xact_lock(hashtextextended('login:' || $1, 0))`;

/**
 * $1 e-mail, $2 ip, $3 window minutes, $4 account limit, $5 ip limit: the failures in the window
 * per account and per ip, and the seconds until the oldest failure that keeps each at its limit ages out.
 */
export const LOGIN_FAILURE_COUNTS = `WITH w AS (SELECT now() - make_interval(mins => $3) AS since)
       SELECT
         (SELECT count(*)::int FROM login_failure, w WHERE email = $1 AND at > w.since) AS by_email,
         (SELECT count(*)::int FROM login_failure, w WHERE ip = $2 AND at > w.since) AS by_ip,
         (SELECT ceil(extract(epoch FROM (min(at) + make_interval(mins => $3) - now())))::int
            FROM (SELECT at FROM login_failure, w WHERE email = $1 AND at > w.since ORDER BY at DESC LIMIT $4) x) AS email_retry,
         (SELECT ceil(extract(epoch FROM (min(at) + make_interval(mins => $3) - now())))::int
            FROM (SELECT at FROM login_failure, w WHERE ip = $2 AND at > w.since ORDER BY at DESC LIMIT $5) y) AS ip_retry`;

export interface LoginFailureCountsRow {
  by_email: number;
  by_ip: number;
  email_retry: number | null;
  ip_retry: number | null;
}

/** $1 e-mail, $2 ip. */
export const INSERT_LOGIN_FAILURE = `INSERT INTO login_failure (email, ip) VALUES ($1, $2)`;

// Old failures no longer count for anything.
export const PURGE_LOGIN_FAILURES = `DELETE FROM login_failure WHERE at < now() - interval '1 day'`;

/** $1 e-mail, $2 ip: this source's failures on the account. */
export const CLEAR_LOGIN_FAILURES = `DELETE FROM login_failure WHERE email = $1 AND ip = $2`;

/** $1 the user (or null), $2 ip: whether the account has had a session (live or ended) from this source. */
export const KNOWN_LOGIN_SOURCE = `SELECT EXISTS (SELECT 1 FROM user_session WHERE user_id = $1::uuid AND ip = $2) AS known`;

/** $1 ip, $2 window minutes: the accounts this source failed on in the window, each with the seconds until its last failure ages out, soonest first. */
export const LOGIN_FAILURE_ACCOUNTS = `SELECT email, ceil(extract(epoch FROM (max(at) + make_interval(mins => $2) - now())))::int AS left
         FROM login_failure WHERE ip = $1 AND at > now() - make_interval(mins => $2)
        GROUP BY email ORDER BY 2`;

/** $1 the ip: serialises sign-up attempts from one source. */
export const LOCK_SIGNUP_SOURCE = `SELECT pg_advisory_xact_lock(hashtextextended('signup:' || $1, 0))`;

/** $1 ip, $2 window minutes, $3 limit: attempts in the window (up to the limit) and the seconds until the oldest of those ages out. */
export const SIGNUP_ATTEMPT_COUNT = `SELECT count(*)::int AS n,
                ceil(extract(epoch FROM (min(at) + make_interval(mins => $2) - now())))::int AS retry
           FROM (SELECT at FROM signup_attempt WHERE ip = $1 AND at > now() - make_interval(mins => $2)
                 ORDER BY at DESC LIMIT $3) recent`;

/** $1 ip. */
export const INSERT_SIGNUP_ATTEMPT = `INSERT INTO signup_attempt (ip) VALUES ($1)`;

// Attempts older than the window count for nothing.
export const PURGE_SIGNUP_ATTEMPTS = `DELETE FROM signup_attempt WHERE at < now() - interval '1 day'`;
