import type { MigrationInterface, QueryRunner } from 'typeorm';

// A common short term (税: three listings in four) sorted by price or rating is answered by
// walking the sort's own order and keeping the hits (about pageSize / share rows read), not by
// sorting every hit (≈ 75,000 at 100,000 listings, 0.5–1 s cold). These are the orders of
// cataloguePage's ORDER_BY, over published listings; newest has service_listing_published_cover_idx.
export class SearchSortIndexes1764835200001 implements MigrationInterface {
  name = 'SearchSortIndexes1764835200001';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE INDEX service_listing_price_asc_idx ON service_listing (price_min ASC NULLS LAST, published_at DESC, id) WHERE status = 'published'`);
    await q.query(`CREATE INDEX service_listing_price_desc_idx ON service_listing ((COALESCE(price_max, price_min)) DESC NULLS LAST, published_at DESC, id) WHERE status = 'published'`);
    await q.query(`CREATE INDEX service_listing_rating_idx ON service_listing (rating_avg DESC NULLS LAST, rating_count DESC, published_at DESC, id) WHERE status = 'published'`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX service_listing_rating_idx`);
    await q.query(`DROP INDEX service_listing_price_desc_idx`);
    await q.query(`DROP INDEX service_listing_price_asc_idx`);
  }
}
