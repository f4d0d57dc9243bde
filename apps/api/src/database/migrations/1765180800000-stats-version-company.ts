import type { MigrationInterface, QueryRunner } from 'typeorm';

// The tier and stage breakdowns group intents by their company's current tiers and stage, so a
// change of either is a change of the figures: it bumps the statistics version like an intent
// write does, and the breakdowns the API keeps per version (StatsService) are recomputed.
export class StatsVersionCompany1765180800000 implements MigrationInterface {
  name = 'StatsVersionCompany1765180800000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE CONSTRAINT TRIGGER company_stats_version_trg
        AFTER UPDATE OF tiers, stage ON company
        DEFERRABLE INITIALLY DEFERRED
        FOR EACH ROW WHEN (OLD.tiers IS DISTINCT FROM NEW.tiers OR OLD.stage IS DISTINCT FROM NEW.stage)
        EXECUTE FUNCTION stats_version_bump()`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TRIGGER company_stats_version_trg ON company`);
  }
}
