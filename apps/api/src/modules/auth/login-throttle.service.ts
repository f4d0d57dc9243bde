import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { AppError } from '../../common/errors/app-error';
import { APP_CONFIG, type AppConfig } from '../../config/env.schema';

export class TooManyAttemptsError extends AppError {
  constructor(readonly retryAfterSeconds: number) {
    super('TOO_MANY_LOGIN_ATTEMPTS', 'Too many failed sign-in attempts; try again later.', undefined, {
      'retry-after': String(retryAfterSeconds),
    });
  }
}

// Failed sign-ins, counted per account and per IP in a sliding window. The state is in
// PostgreSQL so every API process enforces the same limit.
@Injectable()
export class LoginThrottle {
  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  /** Throws TooManyAttemptsError when either limit is reached. Call inside the login transaction. */
  async assertAllowed(m: EntityManager, email: string, ip: string): Promise<void> {
    // Serialises attempts on one account so parallel guesses cannot slip past the count.
    await m.query(`SELECT pg_advisory_xact_lock(hashtextextended('login:' || $1, 0))`, [email]);
    const rows: { by_email: number; by_ip: number; email_retry: number | null; ip_retry: number | null }[] = await m.query(
      `WITH w AS (SELECT now() - make_interval(mins => $3) AS since)
       SELECT
         (SELECT count(*)::int FROM login_failure, w WHERE email = $1 AND at > w.since) AS by_email,
         (SELECT count(*)::int FROM login_failure, w WHERE ip = $2 AND at > w.since) AS by_ip,
         (SELECT ceil(extract(epoch FROM (min(at) + make_interval(mins => $3) - now())))::int
            FROM (SELECT at FROM login_failure, w WHERE email = $1 AND at > w.since ORDER BY at DESC LIMIT $4) x) AS email_retry,
         (SELECT ceil(extract(epoch FROM (min(at) + make_interval(mins => $3) - now())))::int
            FROM (SELECT at FROM login_failure, w WHERE ip = $2 AND at > w.since ORDER BY at DESC LIMIT $5) y) AS ip_retry`,
      [email, ip, this.config.LOGIN_WINDOW_MINUTES, this.config.LOGIN_MAX_FAILURES_PER_ACCOUNT, this.config.LOGIN_MAX_FAILURES_PER_IP],
    );
    const r = rows[0];
    const waits: number[] = [];
    if (r.by_email >= this.config.LOGIN_MAX_FAILURES_PER_ACCOUNT) waits.push(r.email_retry ?? 1);
    if (r.by_ip >= this.config.LOGIN_MAX_FAILURES_PER_IP) waits.push(r.ip_retry ?? 1);
    if (waits.length) throw new TooManyAttemptsError(Math.max(1, ...waits));
  }

  async recordFailure(m: EntityManager, email: string, ip: string): Promise<void> {
    await m.query(`INSERT INTO login_failure (email, ip) VALUES ($1, $2)`, [email.slice(0, 254), ip]);
    // Keep the table small: old failures no longer count for anything.
    if (Math.random() < 0.02) await m.query(`DELETE FROM login_failure WHERE at < now() - interval '1 day'`);
  }

  async clearAccount(m: EntityManager, email: string): Promise<void> {
    await m.query(`DELETE FROM login_failure WHERE email = $1`, [email]);
  }
}
