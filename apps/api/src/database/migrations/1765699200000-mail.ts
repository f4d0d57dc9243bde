import type { MigrationInterface, QueryRunner } from 'typeorm';

// Notifications that leave the app (e-mail, SMS): each user's language and phone, a setting per
// kind of notification, one delivery row per notification and channel (what makes a job run
// twice send once), one digest row per user and day, and the secret that signs unsubscribe links.
export class Mail1765699200000 implements MigrationInterface {
  name = 'Mail1765699200000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE app_user
        ADD COLUMN locale text NOT NULL DEFAULT 'zh-CN' CHECK (locale IN ('zh-CN', 'en-US')),
        ADD COLUMN phone  text CHECK (phone ~ '^[0-9+() -]{5,20}$')`);

    // No row = immediately (the default); only changed settings are stored.
    await q.query(`
      CREATE TABLE notification_preference (
        user_id    uuid NOT NULL REFERENCES app_user(id) ON DELETE CASCADE,
        kind       text NOT NULL CHECK (kind IN ('transition', 'message', 'overdue', 'rating')),
        email      text NOT NULL CHECK (email IN ('immediate', 'digest', 'off')),
        updated_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (user_id, kind)
      )`);
    // The daily digest finds its users here.
    await q.query(`CREATE INDEX notification_preference_digest_idx ON notification_preference (user_id) WHERE email = 'digest'`);

    await q.query(`
      CREATE TABLE mail_digest (
        id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        user_id     uuid NOT NULL REFERENCES app_user(id) ON DELETE CASCADE,
        day         date NOT NULL,
        state       text NOT NULL CHECK (state IN ('sending', 'sent', 'failed', 'empty')),
        claimed_at  timestamptz NOT NULL DEFAULT now(),
        sent_at     timestamptz,
        items       integer NOT NULL DEFAULT 0 CHECK (items >= 0),
        error       text CHECK (char_length(error) <= 500),
        UNIQUE (user_id, day)
      )`);

    // 'sending' is a claim: a second run of the same job finds it and sends nothing; a claim
    // older than the job's time limit is a crashed attempt and may be taken again.
    await q.query(`
      CREATE TABLE notification_delivery (
        notification_id bigint NOT NULL REFERENCES notification(id) ON DELETE CASCADE,
        channel         text NOT NULL CHECK (channel IN ('email', 'sms', 'digest')),
        state           text NOT NULL CHECK (state IN ('sending', 'sent', 'failed')),
        claimed_at      timestamptz NOT NULL DEFAULT now(),
        sent_at         timestamptz,
        attempts        integer NOT NULL DEFAULT 1,
        digest_id       bigint REFERENCES mail_digest(id) ON DELETE CASCADE,
        error           text CHECK (char_length(error) <= 500),
        PRIMARY KEY (notification_id, channel),
        CHECK ((channel = 'digest') = (digest_id IS NOT NULL))
      )`);

    await q.query(`
      CREATE TABLE app_secret (
        name       text PRIMARY KEY CHECK (char_length(name) <= 40),
        value      bytea NOT NULL CHECK (octet_length(value) >= 32),
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE app_secret`);
    await q.query(`DROP TABLE notification_delivery`);
    await q.query(`DROP TABLE mail_digest`);
    await q.query(`DROP TABLE notification_preference`);
    await q.query(`ALTER TABLE app_user DROP COLUMN phone, DROP COLUMN locale`);
  }
}
