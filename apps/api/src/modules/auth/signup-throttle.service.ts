import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AppError } from '../../common/errors/app-error';
import { APP_CONFIG, type AppConfig } from '../../config/env.schema';
import { INSERT_SIGNUP_ATTEMPT, LOCK_SIGNUP_SOURCE, PURGE_SIGNUP_ATTEMPTS, SIGNUP_ATTEMPT_COUNT } from './throttle.sql';

const WINDOW_MINUTES = 60;

// Sign-ups per IP and hour, counted in PostgreSQL (shared by every API process). Every
// well-formed attempt counts, taken or not: a 409 EMAIL_TAKEN is exactly what an address
// harvester is after, so those must be as limited as successes.
@Injectable()
export class SignupThrottle {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Counts this attempt, or throws RATE_LIMITED (429, Retry-After) when the source is over its limit. */
  async admit(ip: string): Promise<void> {
    const max = this.config.REGISTER_MAX_PER_IP_PER_HOUR;
    if (max === 0) return;
    // Its own transaction, committed before the sign-up runs: a refused sign-up still counts.
    const retryAfter = await this.db.transaction(async (m) => {
      // Parallel attempts from one source cannot slip past the count.
      await m.query(LOCK_SIGNUP_SOURCE, [ip]);
      const rows: { n: number; retry: number | null }[] = await m.query(SIGNUP_ATTEMPT_COUNT, [ip, WINDOW_MINUTES, max]);
      if (rows[0].n >= max) return Math.max(1, rows[0].retry ?? 1);
      await m.query(INSERT_SIGNUP_ATTEMPT, [ip]);
      // Keep the table small: attempts older than the window count for nothing.
      if (Math.random() < 0.02) await m.query(PURGE_SIGNUP_ATTEMPTS);
      return null;
    });
    if (retryAfter !== null) {
      throw new AppError('RATE_LIMITED', 'Too many sign-ups from this address; try again later.', undefined, {
        'retry-after': String(retryAfter),
      });
    }
  }
}
