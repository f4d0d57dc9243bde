import type { MigrationInterface, QueryRunner } from 'typeorm';

// A search of one or two characters (税, 社保) hits most of the catalogue: ranking every hit to
// return page 1 read tens of thousands of wide rows (1–3 s at 100,000 listings, cold). Since the
// title outweighs the three other ranked fields together (8 > 4 + 2 + 1), every listing whose
// title holds the term ranks above every other hit: page 1 is the top of the listings whose title
// holds it. service_title_gram keeps them, ranked at write time: one row per visible listing and
// distinct character or character pair of its lower-cased title, with the listing's whole weight
// for that term (8 + category 4 + summary 2 + provider 1) and its other sort keys, in an index in
// ranking order — a page is an index range, the filters are columns of the index.
// Titles only: the pairs of all the search text would be ≈ 290 rows per listing (29 M at
// 100,000), of titles ≈ 26. Hits outside titles are read the old way, after the title hits.
// Kept set-wise by statement triggers (a COPY of 100,000 listings is one insert, not 100,000).
export class SearchTitleGrams1764835200000 implements MigrationInterface {
  name = 'SearchTitleGrams1764835200000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE service_title_gram (
        gram          text COLLATE "C" NOT NULL,
        weight        smallint NOT NULL,
        rating_avg    numeric(3,2),
        published_at  timestamptz NOT NULL,
        service_id    uuid NOT NULL,
        category_code text NOT NULL,
        provider_id   uuid NOT NULL,
        stage_mask    smallint NOT NULL
      )`);
    // Stages as bits (two bytes in the index instead of an array): filtered by
    // stage_mask & search_stage_mask(ARRAY[stage]) <> 0, so writer and reader share one mapping.
    await q.query(`
      CREATE FUNCTION search_stage_mask(stages text[]) RETURNS smallint LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
        SELECT coalesce(sum(1 << (array_position(ARRAY['startup', 'growth', 'mature', 'listing'], st) - 1)), 0)::smallint
          FROM unnest(stages) st
      $$`);
    // The characters and pairs a search term of one or two characters can be; pairs holding
    // a space never are (terms are split at whitespace).
    await q.query(`
      CREATE FUNCTION search_short_grams(t text) RETURNS SETOF text LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
        SELECT DISTINCT g FROM (
          SELECT substr(t, i, n) AS g FROM generate_series(1, char_length(t)) i, (VALUES (1), (2)) v(n)
           WHERE i + n - 1 <= char_length(t)) x
         WHERE g !~ '[ \\t\\n\\r\\f\\v]'
      $$`);
    // Re-derives the rows of the listings ids (gone, hidden or changed alike). The weight is the
    // ranking of cataloguePage for a one-term search: title 8, category name 4, summary 2,
    // provider name 1 (strpos, not LIKE: the gram is literal).
    await q.query(`
      CREATE FUNCTION service_title_gram_sync(ids uuid[]) RETURNS void LANGUAGE plpgsql AS $$
      BEGIN
        DELETE FROM service_title_gram WHERE service_id = ANY(ids);
        INSERT INTO service_title_gram (gram, weight, rating_avg, published_at, service_id, category_code, provider_id, stage_mask)
        SELECT g.g, 8
                 + CASE WHEN strpos(lower(c.name_zh), g.g) > 0 OR strpos(lower(c.name_en), g.g) > 0 THEN 4 ELSE 0 END
                 + CASE WHEN strpos(lower(s.summary), g.g) > 0 THEN 2 ELSE 0 END
                 + CASE WHEN strpos(lower(p.name), g.g) > 0 OR coalesce(strpos(lower(p.short_name), g.g) > 0, false) THEN 1 ELSE 0 END,
               s.rating_avg, s.published_at, s.id, s.category_code, s.provider_id, search_stage_mask(s.stages)
          FROM service_listing s
          JOIN provider p ON p.id = s.provider_id
          JOIN category c ON c.code = s.category_code
          CROSS JOIN LATERAL search_short_grams(lower(s.title)) g(g)
         WHERE s.id = ANY(ids) AND s.status = 'published' AND p.status = 'approved';
      END $$`);
    await q.query(`
      CREATE FUNCTION service_title_gram_listing_trg() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'INSERT' THEN
          PERFORM service_title_gram_sync(ARRAY(SELECT id FROM new_rows));
        ELSIF TG_OP = 'DELETE' THEN
          DELETE FROM service_title_gram WHERE service_id = ANY(ARRAY(SELECT id FROM old_rows));
        ELSE
          -- Only rows whose ranking inputs, filters or visibility changed (a view count or a
          -- description edit leaves the rows as they are). search_text moves with a category or
          -- provider rename (their touch triggers), which changes the weights.
          PERFORM service_title_gram_sync(ARRAY(
            SELECT n.id FROM new_rows n LEFT JOIN old_rows o ON o.id = n.id
             WHERE o.id IS NULL
                OR (n.title, n.summary, n.search_text, n.category_code, n.provider_id, n.stages, n.status, n.rating_avg, n.published_at)
                   IS DISTINCT FROM (o.title, o.summary, o.search_text, o.category_code, o.provider_id, o.stages, o.status, o.rating_avg, o.published_at)
            UNION SELECT o.id FROM old_rows o WHERE NOT EXISTS (SELECT 1 FROM new_rows n WHERE n.id = o.id)));
        END IF;
        RETURN NULL;
      END $$`);
    await q.query(`CREATE TRIGGER service_title_gram_ins_trg AFTER INSERT ON service_listing REFERENCING NEW TABLE AS new_rows
                     FOR EACH STATEMENT EXECUTE FUNCTION service_title_gram_listing_trg()`);
    await q.query(`CREATE TRIGGER service_title_gram_upd_trg AFTER UPDATE ON service_listing REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
                     FOR EACH STATEMENT EXECUTE FUNCTION service_title_gram_listing_trg()`);
    await q.query(`CREATE TRIGGER service_title_gram_del_trg AFTER DELETE ON service_listing REFERENCING OLD TABLE AS old_rows
                     FOR EACH STATEMENT EXECUTE FUNCTION service_title_gram_listing_trg()`);
    await q.query(`
      CREATE FUNCTION service_title_gram_truncate() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        TRUNCATE service_title_gram;
        RETURN NULL;
      END $$`);
    await q.query(`CREATE TRIGGER service_title_gram_truncate_trg AFTER TRUNCATE ON service_listing
                     FOR EACH STATEMENT EXECUTE FUNCTION service_title_gram_truncate()`);
    // A provider's approval shows or hides all its listings (its renames touch the listings).
    await q.query(`
      CREATE FUNCTION service_title_gram_provider_trg() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM service_title_gram_sync(ARRAY(SELECT id FROM service_listing WHERE provider_id = NEW.id));
        RETURN NULL;
      END $$`);
    await q.query(`CREATE TRIGGER service_title_gram_provider_trg AFTER UPDATE OF status ON provider FOR EACH ROW
                     WHEN (OLD.status IS DISTINCT FROM NEW.status) EXECUTE FUNCTION service_title_gram_provider_trg()`);

    // Backfill before the indexes (one sorted build each instead of 2.4 M index insertions).
    await q.query(`SET LOCAL maintenance_work_mem = '256MB'`);
    await q.query(`SELECT service_title_gram_sync(ARRAY(SELECT id FROM service_listing))`);
    // Ranking order, as cataloguePage orders a one-term search; the filters ride along so a
    // filtered page is read from the index alone.
    await q.query(`CREATE UNIQUE INDEX service_title_gram_rank_idx ON service_title_gram
                     (gram, weight DESC, rating_avg DESC NULLS LAST, published_at DESC, service_id) INCLUDE (category_code, provider_id, stage_mask)`);
    await q.query(`CREATE INDEX service_title_gram_service_idx ON service_title_gram (service_id)`);
    await q.query(`ANALYZE service_title_gram`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TRIGGER service_title_gram_provider_trg ON provider`);
    await q.query(`DROP TRIGGER service_title_gram_truncate_trg ON service_listing`);
    await q.query(`DROP TRIGGER service_title_gram_del_trg ON service_listing`);
    await q.query(`DROP TRIGGER service_title_gram_upd_trg ON service_listing`);
    await q.query(`DROP TRIGGER service_title_gram_ins_trg ON service_listing`);
    await q.query(`DROP FUNCTION service_title_gram_provider_trg()`);
    await q.query(`DROP FUNCTION service_title_gram_truncate()`);
    await q.query(`DROP FUNCTION service_title_gram_listing_trg()`);
    await q.query(`DROP FUNCTION service_title_gram_sync(uuid[])`);
    await q.query(`DROP FUNCTION search_short_grams(text)`);
    await q.query(`DROP FUNCTION search_stage_mask(text[])`);
    await q.query(`DROP TABLE service_title_gram`);
  }
}
