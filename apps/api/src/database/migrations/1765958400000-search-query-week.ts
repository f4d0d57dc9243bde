import type { MigrationInterface, QueryRunner } from 'typeorm';

// What users search, per week (Monday, China Standard Time) and normalised query, for the
// operators' search analytics: the dictionary grows from what is really typed. Each API process
// counts its searches in memory and upserts them every few seconds (modules/search/search-log.ts).
// The two lists read a week's rows in their order: most searched, most often without a result.
export class SearchQueryWeek1765958400000 implements MigrationInterface {
  name = 'SearchQueryWeek1765958400000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE search_query_week (
        week         date NOT NULL,
        query        text NOT NULL,
        searches     integer NOT NULL CHECK (searches > 0),
        no_result    integer NOT NULL DEFAULT 0,
        typo_applied integer NOT NULL DEFAULT 0,
        expanded     integer NOT NULL DEFAULT 0,
        last_total   integer NOT NULL,
        last_at      timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (week, query)
      )`);
    await q.query(`CREATE INDEX search_query_week_top_idx ON search_query_week (week, searches DESC, query)`);
    await q.query(`CREATE INDEX search_query_week_none_idx ON search_query_week (week, no_result DESC, query) WHERE no_result > 0`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE search_query_week`);
  }
}
