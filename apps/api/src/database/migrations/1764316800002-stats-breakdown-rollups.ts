import type { MigrationInterface, QueryRunner } from 'typeorm';

// The breakdowns by provider and by category read rollups too (a 3-year breakdown aggregated
// 1M rows: ≈ 5–8 s, near the statement timeout). Same scheme as StatsRollups1764316800000, one
// level finer: the cohort counts per (creation day, provider, category), sharded by backend, and
// the first-response histogram per (creation day, provider, category, bucket), with one index per
// dimension that returns a group's values of one bucket in the period. The histogram only moves
// on a first answer, so intent creation pays one more upsert.
export class StatsBreakdownRollups1764316800002 implements MigrationInterface {
  name = 'StatsBreakdownRollups1764316800002';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`SET LOCAL statement_timeout = 0`);
    await q.query(`
      CREATE TABLE stats_group_day (
        day            date NOT NULL,
        provider_id    uuid NOT NULL,
        category_code  text NOT NULL,
        shard          smallint NOT NULL,
        created        integer NOT NULL DEFAULT 0,
        accepted       integer NOT NULL DEFAULT 0,
        negotiating    integer NOT NULL DEFAULT 0,
        signed         integer NOT NULL DEFAULT 0,
        completed      integer NOT NULL DEFAULT 0,
        rated          integer NOT NULL DEFAULT 0,
        rating_points  bigint NOT NULL DEFAULT 0,
        signed_amount  numeric(18,2) NOT NULL DEFAULT 0,
        PRIMARY KEY (day, provider_id, category_code, shard)
      )`);
    await q.query(`
      CREATE TABLE stats_group_response_day (
        day date NOT NULL, provider_id uuid NOT NULL, category_code text NOT NULL, bucket smallint NOT NULL, n integer NOT NULL,
        PRIMARY KEY (day, provider_id, category_code, bucket)
      )`);
    for (const col of ['provider_id', 'category_code']) {
      await q.query(`CREATE INDEX intent_response_${col.split('_')[0]}_idx ON intent (${col}, stats_response_bucket(first_response_at, created_at), created_at)
                       INCLUDE (first_response_at) WHERE first_response_at IS NOT NULL`);
    }

    await q.query(`ALTER FUNCTION stats_apply_intent(intent, integer, boolean) RENAME TO stats_apply_totals`);
    await q.query(`
      CREATE FUNCTION stats_apply_groups(i intent, sign integer, may_be_rated boolean) RETURNS void LANGUAGE plpgsql AS $$
      DECLARE
        points integer;
      BEGIN
        IF may_be_rated THEN
          SELECT r.professional + r.responsiveness + r.attitude + r.value INTO points FROM intent_rating r WHERE r.intent_id = i.id;
        END IF;
        INSERT INTO stats_group_day AS s (day, provider_id, category_code, shard, created, accepted, negotiating, signed, completed, rated, rating_points, signed_amount)
        VALUES (stats_day(i.created_at), i.provider_id, i.category_code, pg_backend_pid() % 32, sign, sign * (i.accepted_at IS NOT NULL)::int,
                sign * (i.negotiating_at IS NOT NULL)::int, sign * (i.signed_at IS NOT NULL)::int, sign * (i.completed_at IS NOT NULL)::int,
                sign * (points IS NOT NULL)::int, sign * COALESCE(points, 0), sign * COALESCE(i.contract_amount, 0))
        ON CONFLICT (day, provider_id, category_code, shard) DO UPDATE SET
          created = s.created + EXCLUDED.created, accepted = s.accepted + EXCLUDED.accepted, negotiating = s.negotiating + EXCLUDED.negotiating,
          signed = s.signed + EXCLUDED.signed, completed = s.completed + EXCLUDED.completed, rated = s.rated + EXCLUDED.rated,
          rating_points = s.rating_points + EXCLUDED.rating_points, signed_amount = s.signed_amount + EXCLUDED.signed_amount;
        IF i.first_response_at IS NOT NULL THEN
          INSERT INTO stats_group_response_day AS s (day, provider_id, category_code, bucket, n)
          VALUES (stats_day(i.created_at), i.provider_id, i.category_code, stats_response_bucket(i.first_response_at, i.created_at), sign)
          ON CONFLICT (day, provider_id, category_code, bucket) DO UPDATE SET n = s.n + EXCLUDED.n;
        END IF;
      END $$`);
    await q.query(`
      CREATE FUNCTION stats_apply_intent(i intent, sign integer, may_be_rated boolean) RETURNS void LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM stats_apply_totals(i, sign, may_be_rated);
        PERFORM stats_apply_groups(i, sign, may_be_rated);
      END $$`);
    // A move to another provider or category moves the intent between groups.
    await q.query(`DROP TRIGGER stats_intent_update ON intent`);
    await q.query(`
      CREATE TRIGGER stats_intent_update AFTER UPDATE ON intent FOR EACH ROW
        WHEN (OLD.created_at IS DISTINCT FROM NEW.created_at OR OLD.company_id IS DISTINCT FROM NEW.company_id
           OR OLD.provider_id IS DISTINCT FROM NEW.provider_id OR OLD.category_code IS DISTINCT FROM NEW.category_code
           OR OLD.status IS DISTINCT FROM NEW.status OR OLD.response_due_at IS DISTINCT FROM NEW.response_due_at
           OR OLD.first_response_at IS DISTINCT FROM NEW.first_response_at OR OLD.accepted_at IS DISTINCT FROM NEW.accepted_at
           OR OLD.negotiating_at IS DISTINCT FROM NEW.negotiating_at OR OLD.signed_at IS DISTINCT FROM NEW.signed_at
           OR OLD.completed_at IS DISTINCT FROM NEW.completed_at OR OLD.contract_amount IS DISTINCT FROM NEW.contract_amount)
        EXECUTE FUNCTION stats_intent_trigger()`);

    await q.query(`
      CREATE FUNCTION stats_rating_groups_trigger() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE
        i record;
      BEGIN
        IF TG_OP IN ('UPDATE', 'DELETE') THEN
          -- Not found when the intent itself is being deleted: its BEFORE trigger already counted the rating out.
          SELECT created_at, provider_id, category_code INTO i FROM intent WHERE id = OLD.intent_id;
          IF FOUND THEN
            INSERT INTO stats_group_day AS s (day, provider_id, category_code, shard, rated, rating_points)
            VALUES (stats_day(i.created_at), i.provider_id, i.category_code, pg_backend_pid() % 32, -1, -(OLD.professional + OLD.responsiveness + OLD.attitude + OLD.value))
            ON CONFLICT (day, provider_id, category_code, shard) DO UPDATE SET rated = s.rated + EXCLUDED.rated, rating_points = s.rating_points + EXCLUDED.rating_points;
          END IF;
        END IF;
        IF TG_OP IN ('INSERT', 'UPDATE') THEN
          SELECT created_at, provider_id, category_code INTO i FROM intent WHERE id = NEW.intent_id;
          INSERT INTO stats_group_day AS s (day, provider_id, category_code, shard, rated, rating_points)
          VALUES (stats_day(i.created_at), i.provider_id, i.category_code, pg_backend_pid() % 32, 1, NEW.professional + NEW.responsiveness + NEW.attitude + NEW.value)
          ON CONFLICT (day, provider_id, category_code, shard) DO UPDATE SET rated = s.rated + EXCLUDED.rated, rating_points = s.rating_points + EXCLUDED.rating_points;
          RETURN NEW;
        END IF;
        RETURN OLD;
      END $$`);
    await q.query(`CREATE TRIGGER stats_rating_groups_insert_delete AFTER INSERT OR DELETE ON intent_rating FOR EACH ROW EXECUTE FUNCTION stats_rating_groups_trigger()`);
    await q.query(`
      CREATE TRIGGER stats_rating_groups_update AFTER UPDATE ON intent_rating FOR EACH ROW
        WHEN (OLD.intent_id IS DISTINCT FROM NEW.intent_id OR OLD.professional IS DISTINCT FROM NEW.professional
           OR OLD.responsiveness IS DISTINCT FROM NEW.responsiveness OR OLD.attitude IS DISTINCT FROM NEW.attitude OR OLD.value IS DISTINCT FROM NEW.value)
        EXECUTE FUNCTION stats_rating_groups_trigger()`);

    await q.query(`ALTER FUNCTION stats_rebuild() RENAME TO stats_rebuild_totals`);
    await q.query(`
      CREATE FUNCTION stats_rebuild() RETURNS void LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM stats_rebuild_totals();
        TRUNCATE stats_group_day, stats_group_response_day;
        INSERT INTO stats_group_day (day, provider_id, category_code, shard, created, accepted, negotiating, signed, completed, rated, rating_points, signed_amount)
        SELECT stats_day(i.created_at), i.provider_id, i.category_code, 0, count(*), count(i.accepted_at), count(i.negotiating_at), count(i.signed_at),
               count(i.completed_at), count(r.intent_id), COALESCE(sum(r.professional + r.responsiveness + r.attitude + r.value), 0), COALESCE(sum(i.contract_amount), 0)
          FROM intent i LEFT JOIN intent_rating r ON r.intent_id = i.id
         GROUP BY 1, 2, 3 ORDER BY 1, 2, 3;
        INSERT INTO stats_group_response_day (day, provider_id, category_code, bucket, n)
        SELECT stats_day(created_at), provider_id, category_code, stats_response_bucket(first_response_at, created_at), count(*)
          FROM intent WHERE first_response_at IS NOT NULL GROUP BY 1, 2, 3, 4 ORDER BY 1, 2, 3, 4;
        ANALYZE stats_group_day, stats_group_response_day;
      END $$`);
    await q.query(`SELECT stats_rebuild()`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP FUNCTION stats_rebuild()`);
    await q.query(`ALTER FUNCTION stats_rebuild_totals() RENAME TO stats_rebuild`);
    await q.query(`DROP TRIGGER stats_rating_groups_update ON intent_rating`);
    await q.query(`DROP TRIGGER stats_rating_groups_insert_delete ON intent_rating`);
    await q.query(`DROP FUNCTION stats_rating_groups_trigger()`);
    await q.query(`DROP TRIGGER stats_intent_update ON intent`);
    await q.query(`
      CREATE TRIGGER stats_intent_update AFTER UPDATE ON intent FOR EACH ROW
        WHEN (OLD.created_at IS DISTINCT FROM NEW.created_at OR OLD.company_id IS DISTINCT FROM NEW.company_id
           OR OLD.status IS DISTINCT FROM NEW.status OR OLD.response_due_at IS DISTINCT FROM NEW.response_due_at
           OR OLD.first_response_at IS DISTINCT FROM NEW.first_response_at OR OLD.accepted_at IS DISTINCT FROM NEW.accepted_at
           OR OLD.negotiating_at IS DISTINCT FROM NEW.negotiating_at OR OLD.signed_at IS DISTINCT FROM NEW.signed_at
           OR OLD.completed_at IS DISTINCT FROM NEW.completed_at OR OLD.contract_amount IS DISTINCT FROM NEW.contract_amount)
        EXECUTE FUNCTION stats_intent_trigger()`);
    await q.query(`DROP FUNCTION stats_apply_intent(intent, integer, boolean), stats_apply_groups(intent, integer, boolean)`);
    await q.query(`ALTER FUNCTION stats_apply_totals(intent, integer, boolean) RENAME TO stats_apply_intent`);
    await q.query(`DROP INDEX intent_response_category_idx, intent_response_provider_idx`);
    await q.query(`DROP TABLE stats_group_response_day, stats_group_day`);
  }
}
