import type { MigrationInterface, QueryRunner } from 'typeorm';
import { fillSearchPinyin } from '../search-pinyin-fill';

// Pinyin in full and as initials (shebao, sb, gaoqi, gq) in what the catalogue search reads.
// pinyin-pro is JavaScript, so the API computes it where the text is written (a listing's title,
// a category's and a provider's names: modules/search/search-pinyin.ts) and stores it beside;
// the listing's trigger gathers the three into search_pinyin, as it gathers search_text, and a
// trigram index serves LIKE '% term%' on it. Every run of syllables is stored from each
// syllable's start after a space, so a term matches from a syllable's start only ("ai" finds 爱,
// not the middle of dai), and, the space being a word boundary to pg_trgm, even a term of one or
// two letters yields trigrams ("  s", " sb") the index can serve.
// Renames reach the listings through the touch triggers, now also on a pinyin change.
export class SearchPinyin1765785600001 implements MigrationInterface {
  name = 'SearchPinyin1765785600001';

  async up(q: QueryRunner): Promise<void> {
    // Defaults of a constant: no table rewrite. '' marks "not computed yet" for fillSearchPinyin.
    await q.query(`ALTER TABLE category ADD COLUMN pinyin text NOT NULL DEFAULT ''`);
    await q.query(`ALTER TABLE provider ADD COLUMN pinyin text NOT NULL DEFAULT ''`);
    await q.query(`ALTER TABLE service_listing ADD COLUMN title_pinyin text NOT NULL DEFAULT '', ADD COLUMN search_pinyin text NOT NULL DEFAULT ''`);

    await q.query(`
      CREATE OR REPLACE FUNCTION service_listing_search_text() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        NEW.search_text := lower(concat_ws(' ',
          NEW.title, NEW.summary, NEW.description,
          (SELECT concat_ws(' ', c.name_zh, c.name_en) FROM category c WHERE c.code = NEW.category_code),
          (SELECT concat_ws(' ', p.name, p.short_name) FROM provider p WHERE p.id = NEW.provider_id)));
        -- Each part already starts with a space before every run.
        NEW.search_pinyin := concat(NEW.title_pinyin,
          (SELECT c.pinyin FROM category c WHERE c.code = NEW.category_code),
          (SELECT p.pinyin FROM provider p WHERE p.id = NEW.provider_id));
        RETURN NEW;
      END $$`);
    await q.query(`DROP TRIGGER service_listing_search_text_trg ON service_listing`);
    await q.query(`
      CREATE TRIGGER service_listing_search_text_trg
        BEFORE INSERT OR UPDATE OF title, summary, description, category_code, provider_id, title_pinyin
        ON service_listing FOR EACH ROW EXECUTE FUNCTION service_listing_search_text()`);

    // The names' pinyin before the touch triggers learn of pinyin changes: the listings' own
    // backfill below then derives each listing's search_pinyin once.
    await fillSearchPinyin(q);

    await q.query(`DROP TRIGGER provider_touch_services_trg ON provider`);
    await q.query(`
      CREATE TRIGGER provider_touch_services_trg
        AFTER UPDATE OF name, short_name, pinyin ON provider FOR EACH ROW
        WHEN (OLD.name IS DISTINCT FROM NEW.name OR OLD.short_name IS DISTINCT FROM NEW.short_name OR OLD.pinyin IS DISTINCT FROM NEW.pinyin)
        EXECUTE FUNCTION provider_touch_services()`);
    await q.query(`DROP TRIGGER category_touch_services_trg ON category`);
    await q.query(`
      CREATE TRIGGER category_touch_services_trg
        AFTER UPDATE OF name_zh, name_en, pinyin ON category FOR EACH ROW
        WHEN (OLD.name_zh IS DISTINCT FROM NEW.name_zh OR OLD.name_en IS DISTINCT FROM NEW.name_en OR OLD.pinyin IS DISTINCT FROM NEW.pinyin)
        EXECUTE FUNCTION category_touch_services()`);

    await q.query(`SET LOCAL maintenance_work_mem = '256MB'`);
    await q.query(`CREATE INDEX service_listing_search_pinyin_trgm_idx ON service_listing USING gin (search_pinyin gin_trgm_ops)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX service_listing_search_pinyin_trgm_idx`);
    await q.query(`DROP TRIGGER category_touch_services_trg ON category`);
    await q.query(`
      CREATE TRIGGER category_touch_services_trg
        AFTER UPDATE OF name_zh, name_en ON category FOR EACH ROW
        WHEN (OLD.name_zh IS DISTINCT FROM NEW.name_zh OR OLD.name_en IS DISTINCT FROM NEW.name_en)
        EXECUTE FUNCTION category_touch_services()`);
    await q.query(`DROP TRIGGER provider_touch_services_trg ON provider`);
    await q.query(`
      CREATE TRIGGER provider_touch_services_trg
        AFTER UPDATE OF name, short_name ON provider FOR EACH ROW
        WHEN (OLD.name IS DISTINCT FROM NEW.name OR OLD.short_name IS DISTINCT FROM NEW.short_name)
        EXECUTE FUNCTION provider_touch_services()`);
    await q.query(`DROP TRIGGER service_listing_search_text_trg ON service_listing`);
    await q.query(`
      CREATE TRIGGER service_listing_search_text_trg
        BEFORE INSERT OR UPDATE OF title, summary, description, category_code, provider_id
        ON service_listing FOR EACH ROW EXECUTE FUNCTION service_listing_search_text()`);
    await q.query(`
      CREATE OR REPLACE FUNCTION service_listing_search_text() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        NEW.search_text := lower(concat_ws(' ',
          NEW.title, NEW.summary, NEW.description,
          (SELECT concat_ws(' ', c.name_zh, c.name_en) FROM category c WHERE c.code = NEW.category_code),
          (SELECT concat_ws(' ', p.name, p.short_name) FROM provider p WHERE p.id = NEW.provider_id)));
        RETURN NEW;
      END $$`);
    await q.query(`ALTER TABLE service_listing DROP COLUMN title_pinyin, DROP COLUMN search_pinyin`);
    await q.query(`ALTER TABLE provider DROP COLUMN pinyin`);
    await q.query(`ALTER TABLE category DROP COLUMN pinyin`);
  }
}
