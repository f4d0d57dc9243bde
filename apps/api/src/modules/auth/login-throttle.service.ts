import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { AppError } from '../../common/errors/app-error';
import { APP_CONFIG, type AppConfig } from '../../config/env.schema';
import {
  CLEAR_LOGIN_FAILURES,
  INSERT_LOGIN_FAILURE,
  KNOWN_LOGIN_SOURCE,
  LOCK_LOGIN_ACCOUNT,
  LOGIN_FAILURE_ACCOUNTS,
  LOGIN_FAILURE_COUNTS,
  PURGE_LOGIN_FAILURES,
  type LoginFailureCountsRow,
} from './throttle.sql';

export class TooManyAttemptsError extends AppError {
  constructor(readonly retryAfterSeconds: number) {
    super('TOO_MANY_LOGIN_ATTEMPTS', 'Too many failed sign-in attempts; try again later.', undefined, {
      'retry-after': String(retryAfterSeconds),
    });
  }
}

// Failed sign-ins, counted per account and per IP in a sliding window. The state is in
// PostgreSQL so every API process enforces the same limit.
//
// Why the account limit spares known sources: five wrong passwords from anywhere used to lock the
// account for its owner too, so anyone could lock anyone out. Letting the right password through a
// lock would make the lock useless (a 200 among 429s is a perfect oracle), so the lock stays for
// every source the account has never had a session from, and is not applied to a source it has
// (live or ended): the owner at the office or at home still gets in, an attacker elsewhere gets
// 429 without the password being checked. A known source remains bounded by the per-IP limit, and
// one source may push at most LOGIN_MAX_ACCOUNTS_PER_IP accounts into failures per window.
@Injectable()
export class LoginThrottle {
  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  /**
   * Throws TooManyAttemptsError when a limit is reached. Call inside the login transaction, with
   * the account's id when it exists (null otherwise: the same queries run, so the answer and its
   * timing do not tell which addresses have accounts).
   */
  async assertAllowed(m: EntityManager, email: string, ip: string, userId: string | null): Promise<void> {
    // Serialises attempts on one account so parallel guesses cannot slip past the count.
    await m.query(LOCK_LOGIN_ACCOUNT, [email]);
    const c = this.config;
    const rows: LoginFailureCountsRow[] = await m.query(LOGIN_FAILURE_COUNTS, [
      email,
      ip,
      c.LOGIN_WINDOW_MINUTES,
      c.LOGIN_MAX_FAILURES_PER_ACCOUNT,
      c.LOGIN_MAX_FAILURES_PER_IP,
    ]);
    const r = rows[0];
    const waits: number[] = [];
    if (r.by_email >= c.LOGIN_MAX_FAILURES_PER_ACCOUNT && !(await this.isKnownSource(m, userId, ip))) waits.push(r.email_retry ?? 1);
    if (r.by_ip >= c.LOGIN_MAX_FAILURES_PER_IP) waits.push(r.ip_retry ?? 1);
    // Distinct accounts cannot outnumber failures, so below that count there is nothing to read.
    if (r.by_ip >= c.LOGIN_MAX_ACCOUNTS_PER_IP) {
      const wait = await this.newAccountWait(m, email, ip);
      if (wait !== null) waits.push(wait);
    }
    if (waits.length) throw new TooManyAttemptsError(Math.max(1, ...waits));
  }

  async recordFailure(m: EntityManager, email: string, ip: string): Promise<void> {
    await m.query(INSERT_LOGIN_FAILURE, [email.slice(0, 254), ip]);
    // Keep the table small: old failures no longer count for anything.
    if (Math.random() < 0.02) await m.query(PURGE_LOGIN_FAILURES);
  }

  /**
   * After a successful sign-in: forgets this source's failures on the account. Other sources'
   * failures stay counted, or the owner signing in would hand an attacker a fresh set of guesses.
   */
  async clearAccount(m: EntityManager, email: string, ip: string): Promise<void> {
    await m.query(CLEAR_LOGIN_FAILURES, [email, ip]);
  }

  private async isKnownSource(m: EntityManager, userId: string | null, ip: string): Promise<boolean> {
    const rows: { known: boolean }[] = await m.query(KNOWN_LOGIN_SOURCE, [userId, ip]);
    return rows[0].known;
  }

  /**
   * Seconds until this source may fail against one more account, or null when it may now: when
   * it already has failures on LOGIN_MAX_ACCOUNTS_PER_IP other accounts in the window, a new
   * account is refused until enough of them age out. Accounts it already failed on are not.
   */
  private async newAccountWait(m: EntityManager, email: string, ip: string): Promise<number | null> {
    const rows: { email: string; left: number }[] = await m.query(LOGIN_FAILURE_ACCOUNTS, [ip, this.config.LOGIN_WINDOW_MINUTES]);
    const max = this.config.LOGIN_MAX_ACCOUNTS_PER_IP;
    if (rows.length < max || rows.some((row) => row.email === email)) return null;
    return Math.max(1, rows[rows.length - max].left);
  }
}
