import PgBoss from 'pg-boss';
import type { MigrationInterface, QueryRunner } from 'typeorm';

const JOB_SCHEMA = 'pgboss';

// The job queue's tables (pg-boss 10, schema `pgboss`), created here rather than by pg-boss at
// start (JobsService starts it with migrate: false):
// - the schema changes only through checked-in migrations, also where MIGRATE_ON_START=false and
//   migrations run as a deploy step: the API never alters the database by itself at run time;
// - a pg-boss release with a new schema version then stops the start (pg-boss checks the version)
//   instead of altering a shared database from whichever process starts first. Such an upgrade
//   ships a migration running PgBoss.getMigrationPlans(JOB_SCHEMA, <previous version>) (its
//   'division by zero' means the schema was already created at the new version: nothing to do).
// pg-boss's own script holds an advisory lock and its own BEGIN/COMMIT, so it runs outside
// TypeORM's transaction. Skipped when the schema exists (a database pg-boss set up itself).
export class JobQueue1764921600000 implements MigrationInterface {
  name = 'JobQueue1764921600000';
  transaction = false;

  async up(q: QueryRunner): Promise<void> {
    const [{ installed }] = await q.query(`SELECT to_regclass('${JOB_SCHEMA}.version') IS NOT NULL AS installed`);
    if (installed) return;
    await q.query(PgBoss.getConstructionPlans(JOB_SCHEMA));
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP SCHEMA IF EXISTS ${JOB_SCHEMA} CASCADE`);
  }
}
