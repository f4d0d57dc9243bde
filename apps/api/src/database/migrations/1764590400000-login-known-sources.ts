import type { MigrationInterface, QueryRunner } from 'typeorm';

// The sign-in limiter lets an account's owner through its lock from an address the account has
// had a session from (live or ended); this index answers "has user U ever had a session from
// IP X" without reading every session of every user (the old index only covers live sessions).
export class LoginKnownSources1764590400000 implements MigrationInterface {
  name = 'LoginKnownSources1764590400000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE INDEX user_session_user_ip_idx ON user_session (user_id, ip)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX user_session_user_ip_idx`);
  }
}
