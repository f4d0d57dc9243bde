import type { MigrationInterface, QueryRunner } from 'typeorm';

// The operator's intent search matches the intent's company, provider and service by name too.
// Those were found by reading every service title (100,000) and company name (20,000) with LIKE,
// twice per request (the page and its count), ≈ 0.4 s. GIN indexes over their lower-cased
// characters (search_chars, as the catalogue's search_text index) find the candidates for a
// term of any length; LIKE rechecks the order of the characters on the few rows they yield.
export class IntentSearchNames1765440000000 implements MigrationInterface {
  name = 'IntentSearchNames1765440000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`SET LOCAL statement_timeout = 0`);
    await q.query(`SET LOCAL maintenance_work_mem = '256MB'`);
    await q.query(`CREATE INDEX service_listing_title_chars_idx ON service_listing USING gin ((search_chars(lower(title)) COLLATE "C"))`);
    await q.query(`CREATE INDEX company_name_chars_idx ON company USING gin ((search_chars(lower(name)) COLLATE "C"))`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX company_name_chars_idx`);
    await q.query(`DROP INDEX service_listing_title_chars_idx`);
  }
}
