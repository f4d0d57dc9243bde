import type { MigrationInterface, QueryRunner } from 'typeorm';

// Search of one or two characters (税, 审计, ai) gets an index of its own. pg_trgm cannot serve a
// pattern shorter than three characters, so such a search read every listing (≈ 1 s at 100,000).
// search_grams() lists every character and every pair of adjacent characters of a text (whitespace
// included, so no character class has to agree with the API's split), and a GIN index over
// search_grams(search_text) answers "contains this 1–2 character string" exactly: no LIKE recheck.
// An expression index, not a column: the backfill is the index build (no rewrite of the wide
// listing rows), and every write keeps it without a trigger of its own.
export class SearchGrams1764604800000 implements MigrationInterface {
  name = 'SearchGrams1764604800000';

  async up(q: QueryRunner): Promise<void> {
    // Duplicates are left in: GIN keeps each key once per row, and skipping the sort halves the cost.
    await q.query(`
      CREATE FUNCTION search_grams(t text) RETURNS text[] LANGUAGE plpgsql IMMUTABLE STRICT PARALLEL SAFE AS $$
      DECLARE
        ch text;
        prev text;
        grams text[] := '{}';
      BEGIN
        FOREACH ch IN ARRAY string_to_array(t, NULL) LOOP
          grams := grams || ch;
          IF prev IS NOT NULL THEN grams := grams || (prev || ch); END IF;
          prev := ch;
        END LOOP;
        RETURN grams;
      END $$`);
    // The build sorts ≈ 50 million keys at 100,000 listings; more memory than the default 64 MB keeps it in one pass.
    await q.query(`SET LOCAL maintenance_work_mem = '256MB'`);
    await q.query(`CREATE INDEX service_listing_search_grams_idx ON service_listing USING gin (search_grams(search_text))`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX service_listing_search_grams_idx`);
    await q.query(`DROP FUNCTION search_grams(text)`);
  }
}
