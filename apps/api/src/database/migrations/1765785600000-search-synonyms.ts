import type { MigrationInterface, QueryRunner } from 'typeorm';

// The search dictionary: groups of words that mean the same to a park company (社保 = 社会保险,
// 上市 = IPO = 挂牌), as data an operator edits. A query term is searched as itself or as any word
// of a group it holds (the literal word ranks slightly above). `pinyin` holds the full pinyin and
// initials of the group's Chinese words (computed by the API, pinyin-pro being JavaScript), so gq
// and gaoqi reach 高企 and through it 高新技术企业. A few hundred rows: read whole per search.
// A write bumps the catalogue version like a listing write: kept search answers depend on it.
export class SearchSynonyms1765785600000 implements MigrationInterface {
  name = 'SearchSynonyms1765785600000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE search_synonym (
        id         uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        -- Lower-cased, trimmed, distinct; the first is the group's name in the console.
        terms      text[] NOT NULL CHECK (cardinality(terms) BETWEEN 2 AND 10),
        pinyin     text[] NOT NULL DEFAULT '{}',
        note       text NOT NULL DEFAULT '' CHECK (char_length(note) <= 200),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    // The console lists groups newest first and finds a group by any of its words.
    await q.query(`CREATE INDEX search_synonym_created_idx ON search_synonym (created_at DESC, id)`);
    await q.query(`
      CREATE CONSTRAINT TRIGGER search_synonym_catalogue_version_trg
        AFTER INSERT OR UPDATE OR DELETE ON search_synonym
        DEFERRABLE INITIALLY DEFERRED
        FOR EACH ROW EXECUTE FUNCTION catalogue_version_bump()`);
    await q.query(`
      CREATE TRIGGER search_synonym_catalogue_version_truncate_trg
        AFTER TRUNCATE ON search_synonym
        FOR EACH STATEMENT EXECUTE FUNCTION catalogue_version_bump()`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE search_synonym`);
  }
}
