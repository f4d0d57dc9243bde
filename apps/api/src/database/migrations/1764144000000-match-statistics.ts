import type { MigrationInterface, QueryRunner } from 'typeorm';

// The statistics count every intent created in a period (a cohort) by how far it got. Reaching
// "negotiating" gets its own timestamp like the other milestones so the funnel needs no scan of
// the event log.
export class MatchStatistics1764144000000 implements MigrationInterface {
  name = 'MatchStatistics1764144000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE intent ADD COLUMN negotiating_at timestamptz`);
    await q.query(`
      UPDATE intent i SET negotiating_at = e.at
        FROM (SELECT intent_id, min(at) AS at FROM intent_event WHERE to_status = 'negotiating' GROUP BY intent_id) e
       WHERE e.intent_id = i.id`);
    await q.query(`CREATE INDEX intent_signed_at_idx ON intent (signed_at) WHERE signed_at IS NOT NULL`);
    await q.query(`CREATE INDEX intent_rating_created_idx ON intent_rating (created_at)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX intent_rating_created_idx`);
    await q.query(`DROP INDEX intent_signed_at_idx`);
    await q.query(`ALTER TABLE intent DROP COLUMN negotiating_at`);
  }
}
