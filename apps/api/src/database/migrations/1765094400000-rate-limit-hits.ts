import type { MigrationInterface, QueryRunner } from 'typeorm';

// The anonymous rate limit counted in PostgreSQL, so that every API process behind a proxy spends
// one budget per client. UNLOGGED: the counts are worth nothing after a crash (a new minute starts
// anyway) and skipping the WAL keeps the busiest write of the API cheap.
export class RateLimitHits1765094400000 implements MigrationInterface {
  name = 'RateLimitHits1765094400000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE UNLOGGED TABLE rate_limit_hit (
        key text NOT NULL CHECK (char_length(key) <= 200),
        window_start timestamptz NOT NULL,
        hits int NOT NULL CHECK (hits > 0),
        PRIMARY KEY (key, window_start)
      )`);
    // The periodic purge of past windows.
    await q.query(`CREATE INDEX rate_limit_hit_window_idx ON rate_limit_hit (window_start)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE rate_limit_hit`);
  }
}
