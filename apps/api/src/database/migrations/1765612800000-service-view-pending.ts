import type { MigrationInterface, QueryRunner } from 'typeorm';

// Detail-page views on their way to service_view_daily. Each API process appends its counts here
// (no conflict, no row lock shared with another process) and one job per period folds them into
// the daily counts for all processes at once. No key and no foreign key: rows live seconds, and
// the fold drops those of a service deleted meanwhile.
export class ServiceViewPending1765612800000 implements MigrationInterface {
  name = 'ServiceViewPending1765612800000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE service_view_pending (
        service_id uuid NOT NULL,
        day        date NOT NULL,
        views      integer NOT NULL CHECK (views > 0)
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE service_view_pending`);
  }
}
