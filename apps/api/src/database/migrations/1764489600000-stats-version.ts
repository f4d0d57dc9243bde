import type { MigrationInterface, QueryRunner } from 'typeorm';

// A version of everything the operator overview is computed from (intents and ratings; the
// catalogue's own version covers listings and providers), so the API can keep an overview per
// period in memory and know with one cheap read whether it is still exact (issue 6: 1M intents,
// 10 concurrent operators).
// - Bumped like catalogue_version: a deferred constraint trigger, so the bump is the last lock a
//   writing transaction takes (no deadlocks) and a reader sees the new number exactly when it can
//   see the new rows. Once per transaction and shard (the xid guard).
// - Unlike the catalogue, intents are written all the time and concurrently: one row would make
//   every intent-writing commit queue on its lock. The version is spread over 64 rows by the
//   writing backend (pg_backend_pid() % 64); every row only grows, so their sum changes exactly
//   when any of them does.
// - TRUNCATE has a statement trigger, and stats_rebuild() (bulk loads that bypass triggers) bumps it.
export class StatsVersion1764489600000 implements MigrationInterface {
  name = 'StatsVersion1764489600000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE stats_version (
        shard     smallint PRIMARY KEY CHECK (shard BETWEEN 0 AND 63),
        version   bigint NOT NULL DEFAULT 0,
        bumped_by xid8
      )`);
    await q.query(`INSERT INTO stats_version (shard) SELECT generate_series(0, 63)`);
    await q.query(`
      CREATE FUNCTION stats_version_bump() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        UPDATE stats_version SET version = version + 1, bumped_by = pg_current_xact_id()
         WHERE shard = pg_backend_pid() % 64 AND bumped_by IS DISTINCT FROM pg_current_xact_id();
        RETURN NULL;
      END $$`);
    for (const table of ['intent', 'intent_rating']) {
      await q.query(`
        CREATE CONSTRAINT TRIGGER ${table}_stats_version_trg
          AFTER INSERT OR UPDATE OR DELETE ON ${table}
          DEFERRABLE INITIALLY DEFERRED
          FOR EACH ROW EXECUTE FUNCTION stats_version_bump()`);
      await q.query(`
        CREATE TRIGGER ${table}_stats_version_truncate_trg
          AFTER TRUNCATE ON ${table}
          FOR EACH STATEMENT EXECUTE FUNCTION stats_version_bump()`);
    }
    await q.query(`ALTER FUNCTION stats_rebuild() RENAME TO stats_rebuild_rollups`);
    await q.query(`
      CREATE FUNCTION stats_rebuild() RETURNS void LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM stats_rebuild_rollups();
        UPDATE stats_version SET version = version + 1, bumped_by = pg_current_xact_id() WHERE shard = 0;
      END $$`);
    // The stamp of one overview: the versions it depends on. Read before the figures, so an
    // overview computed from newer rows than its stamp is only ever replaced early.
    await q.query(`
      CREATE FUNCTION stats_stamp() RETURNS text LANGUAGE sql STABLE AS $$
        SELECT (SELECT sum(version) FROM stats_version)::text || '.' || (SELECT version FROM catalogue_version)::text
      $$`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP FUNCTION stats_stamp()`);
    await q.query(`DROP FUNCTION stats_rebuild()`);
    await q.query(`ALTER FUNCTION stats_rebuild_rollups() RENAME TO stats_rebuild`);
    for (const table of ['intent', 'intent_rating']) {
      await q.query(`DROP TRIGGER ${table}_stats_version_truncate_trg ON ${table}`);
      await q.query(`DROP TRIGGER ${table}_stats_version_trg ON ${table}`);
    }
    await q.query(`DROP FUNCTION stats_version_bump()`);
    await q.query(`DROP TABLE stats_version`);
  }
}
