import type { MigrationInterface, QueryRunner } from 'typeorm';

// The operator's moderation list (GET /api/operator/listings?moderated=true) in its order, newest
// moderation first: partial, so it holds only the few moderated rows and a page reads just those
// instead of scanning and sorting every listing.
export class ModeratedListings1764576000000 implements MigrationInterface {
  name = 'ModeratedListings1764576000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE INDEX service_listing_moderated_idx ON service_listing (moderated_at DESC, id DESC) WHERE moderated_at IS NOT NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX service_listing_moderated_idx`);
  }
}
