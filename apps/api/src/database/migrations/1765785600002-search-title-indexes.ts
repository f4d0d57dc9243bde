import type { MigrationInterface, QueryRunner } from 'typeorm';

// A search with synonyms or pinyin ranks its title hits (literal, then synonym or pinyin) above
// every other hit, so page 1 is usually the best of the title hits alone — a few thousand at
// 100,000 listings where the whole search (社保 in most descriptions) reads tens of thousands.
// These indexes find the title hits without reading the search text: trigrams of the lower-cased
// title (terms of three characters or more; shorter ones use service_listing_title_chars_idx of
// migration 1765440000000) and of the title's pinyin.
export class SearchTitleIndexes1765785600002 implements MigrationInterface {
  name = 'SearchTitleIndexes1765785600002';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`SET LOCAL maintenance_work_mem = '256MB'`);
    await q.query(`CREATE INDEX service_listing_title_trgm_idx ON service_listing USING gin (lower(title) gin_trgm_ops)`);
    await q.query(`CREATE INDEX service_listing_title_pinyin_trgm_idx ON service_listing USING gin (title_pinyin gin_trgm_ops)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX service_listing_title_pinyin_trgm_idx`);
    await q.query(`DROP INDEX service_listing_title_trgm_idx`);
  }
}
