import type { MigrationInterface, QueryRunner } from 'typeorm';

// Intent lists at park scale (issue 12): keyset pages and totals that do not count a million rows.
//
// - intent_status_count: the operator's unfiltered and by-status totals, kept by triggers in the
//   same transaction as every insert, status change and delete (any code path, any client), so
//   they are exact. Rows are sharded by the writing backend (pg_backend_pid() % 32, as the
//   statistics rollups do) so concurrent intent creations do not queue on one row lock; a total
//   is the sum over the shards (at most 9 × 32 rows).
// - intent_provider_submitted_idx: the provider's inbox puts submitted intents first (overdue,
//   then the others); each part is read in list order from this small partial index, the rest of
//   the inbox from intent_provider_idx.
//
// Bulk loads that bypass triggers (COPY with session_replication_role = replica, as bench:seed
// does) call intent_status_count_rebuild() afterwards.
export class IntentListCounts1764662400000 implements MigrationInterface {
  name = 'IntentListCounts1764662400000';

  async up(q: QueryRunner): Promise<void> {
    // The index and the first count read every intent: longer than the API's statement timeout.
    await q.query(`SET LOCAL statement_timeout = 0`);
    await q.query(`
      CREATE TABLE intent_status_count (
        status text NOT NULL,
        shard  smallint NOT NULL,
        n      bigint NOT NULL,
        PRIMARY KEY (status, shard)
      )`);
    await q.query(`
      CREATE FUNCTION intent_status_count_trigger() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP IN ('UPDATE', 'DELETE') THEN
          INSERT INTO intent_status_count AS c (status, shard, n) VALUES (OLD.status, pg_backend_pid() % 32, -1)
          ON CONFLICT (status, shard) DO UPDATE SET n = c.n - 1;
        END IF;
        IF TG_OP IN ('INSERT', 'UPDATE') THEN
          INSERT INTO intent_status_count AS c (status, shard, n) VALUES (NEW.status, pg_backend_pid() % 32, 1)
          ON CONFLICT (status, shard) DO UPDATE SET n = c.n + 1;
        END IF;
        RETURN NULL;
      END $$`);
    await q.query(`CREATE TRIGGER intent_status_count_insert_delete AFTER INSERT OR DELETE ON intent FOR EACH ROW EXECUTE FUNCTION intent_status_count_trigger()`);
    // Only a change of status moves a count; every other update of an intent costs nothing here.
    await q.query(`
      CREATE TRIGGER intent_status_count_update AFTER UPDATE OF status ON intent FOR EACH ROW
        WHEN (OLD.status IS DISTINCT FROM NEW.status) EXECUTE FUNCTION intent_status_count_trigger()`);
    await q.query(`
      CREATE FUNCTION intent_status_count_truncate() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        TRUNCATE intent_status_count;
        RETURN NULL;
      END $$`);
    await q.query(`CREATE TRIGGER intent_status_count_truncate AFTER TRUNCATE ON intent FOR EACH STATEMENT EXECUTE FUNCTION intent_status_count_truncate()`);
    await q.query(`
      CREATE FUNCTION intent_status_count_rebuild() RETURNS void LANGUAGE plpgsql AS $$
      BEGIN
        LOCK TABLE intent IN SHARE MODE;
        DELETE FROM intent_status_count;
        INSERT INTO intent_status_count (status, shard, n) SELECT status, 0, count(*) FROM intent GROUP BY status;
      END $$`);
    await q.query(`SELECT intent_status_count_rebuild()`);
    await q.query(`CREATE INDEX intent_provider_submitted_idx ON intent (provider_id, created_at DESC, id DESC) WHERE status = 'submitted'`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX intent_provider_submitted_idx`);
    await q.query(`DROP TRIGGER intent_status_count_truncate ON intent`);
    await q.query(`DROP TRIGGER intent_status_count_update ON intent`);
    await q.query(`DROP TRIGGER intent_status_count_insert_delete ON intent`);
    await q.query(`DROP FUNCTION intent_status_count_rebuild(), intent_status_count_truncate(), intent_status_count_trigger()`);
    await q.query(`DROP TABLE intent_status_count`);
  }
}
