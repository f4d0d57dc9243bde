import type { MigrationInterface, QueryRunner } from 'typeorm';

// Sign-up attempts per source, for the per-IP sign-up limit: sign-up answers EMAIL_TAKEN for a
// known address, so it must not be usable to test addresses at scale. In PostgreSQL, like the
// failed sign-ins, so every API process counts the same attempts.
export class SignupAttempts1764590400001 implements MigrationInterface {
  name = 'SignupAttempts1764590400001';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE signup_attempt (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        ip text NOT NULL CHECK (char_length(ip) <= 64),
        at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX signup_attempt_ip_idx ON signup_attempt (ip, at)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE signup_attempt`);
  }
}
