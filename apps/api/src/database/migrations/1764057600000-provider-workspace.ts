import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ProviderWorkspace1764057600000 implements MigrationInterface {
  name = 'ProviderWorkspace1764057600000';

  async up(q: QueryRunner): Promise<void> {
    // The operator can unlist a listing with a reason its provider sees.
    await q.query(`
      ALTER TABLE service_listing
        ADD COLUMN moderation_reason text CHECK (char_length(moderation_reason) BETWEEN 1 AND 500),
        ADD COLUMN moderated_at      timestamptz,
        ADD COLUMN moderated_by      uuid REFERENCES app_user(id) ON DELETE SET NULL,
        ADD CONSTRAINT service_listing_moderation_chk CHECK ((moderation_reason IS NULL) = (moderated_at IS NULL))`);
    // Detail-page views per listing and day, flushed in batches (one row per listing and day).
    await q.query(`
      CREATE TABLE service_view_daily (
        service_id uuid NOT NULL REFERENCES service_listing(id) ON DELETE CASCADE,
        day        date NOT NULL,
        views      integer NOT NULL CHECK (views >= 0),
        PRIMARY KEY (service_id, day)
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE service_view_daily`);
    await q.query(`ALTER TABLE service_listing DROP CONSTRAINT service_listing_moderation_chk,
      DROP COLUMN moderated_by, DROP COLUMN moderated_at, DROP COLUMN moderation_reason`);
  }
}
