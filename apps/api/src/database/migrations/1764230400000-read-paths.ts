import type { MigrationInterface, QueryRunner } from 'typeorm';

// Indexes shaped like the hottest reads (measured with `npm run bench` at park scale):
// - the catalogue's newest-first list walks published listings by (published_at, id) and needs
//   only provider_id besides (for the approved-provider check): covering it makes the page ids and
//   the total an index-only scan; it replaces the plain index on the same key;
// - a service's "related services" are the best-rated published ones of its category.
export class ReadPaths1764230400000 implements MigrationInterface {
  name = 'ReadPaths1764230400000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE INDEX service_listing_published_cover_idx ON service_listing (published_at DESC, id) INCLUDE (provider_id) WHERE status = 'published'`);
    await q.query(`DROP INDEX service_listing_published_idx`);
    await q.query(`CREATE INDEX service_listing_related_idx ON service_listing (category_code, rating_avg DESC NULLS LAST, published_at DESC, id) WHERE status = 'published'`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX service_listing_related_idx`);
    await q.query(`CREATE INDEX service_listing_published_idx ON service_listing (published_at DESC, id) WHERE status = 'published'`);
    await q.query(`DROP INDEX service_listing_published_cover_idx`);
  }
}
