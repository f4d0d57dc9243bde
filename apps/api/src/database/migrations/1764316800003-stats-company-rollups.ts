import type { MigrationInterface, QueryRunner } from 'typeorm';

// The breakdowns by company stage and tier (a company's current stage and tiers, which change)
// read per-company rollups joined with the companies at request time: the cohort counts per
// (creation day, company), sharded by backend, and the first-response histogram per (creation
// day, company, bucket). A 3-year tier breakdown aggregated 1M rows expanded by tier (≈ 5–13 s
// under load, past the statement timeout). The bucket index gains company_id so a group's values
// of one bucket are read index-only.
export class StatsCompanyRollups1764316800003 implements MigrationInterface {
  name = 'StatsCompanyRollups1764316800003';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`SET LOCAL statement_timeout = 0`);
    await q.query(`
      CREATE TABLE stats_company_counts (
        day            date NOT NULL,
        company_id     uuid NOT NULL,
        shard          smallint NOT NULL,
        created        integer NOT NULL DEFAULT 0,
        accepted       integer NOT NULL DEFAULT 0,
        negotiating    integer NOT NULL DEFAULT 0,
        signed         integer NOT NULL DEFAULT 0,
        completed      integer NOT NULL DEFAULT 0,
        rated          integer NOT NULL DEFAULT 0,
        rating_points  bigint NOT NULL DEFAULT 0,
        signed_amount  numeric(18,2) NOT NULL DEFAULT 0,
        PRIMARY KEY (day, company_id, shard)
      )`);
    await q.query(`
      CREATE TABLE stats_company_response_day (
        day date NOT NULL, company_id uuid NOT NULL, bucket smallint NOT NULL, n integer NOT NULL,
        PRIMARY KEY (day, company_id, bucket)
      )`);
    await q.query(`CREATE INDEX intent_response_bucket_company_idx ON intent (stats_response_bucket(first_response_at, created_at), created_at)
                     INCLUDE (first_response_at, company_id) WHERE first_response_at IS NOT NULL`);
    await q.query(`DROP INDEX intent_response_bucket_idx`);

    await q.query(`
      CREATE FUNCTION stats_apply_companies(i intent, sign integer, may_be_rated boolean) RETURNS void LANGUAGE plpgsql AS $$
      DECLARE
        points integer;
      BEGIN
        IF may_be_rated THEN
          SELECT r.professional + r.responsiveness + r.attitude + r.value INTO points FROM intent_rating r WHERE r.intent_id = i.id;
        END IF;
        INSERT INTO stats_company_counts AS s (day, company_id, shard, created, accepted, negotiating, signed, completed, rated, rating_points, signed_amount)
        VALUES (stats_day(i.created_at), i.company_id, pg_backend_pid() % 32, sign, sign * (i.accepted_at IS NOT NULL)::int,
                sign * (i.negotiating_at IS NOT NULL)::int, sign * (i.signed_at IS NOT NULL)::int, sign * (i.completed_at IS NOT NULL)::int,
                sign * (points IS NOT NULL)::int, sign * COALESCE(points, 0), sign * COALESCE(i.contract_amount, 0))
        ON CONFLICT (day, company_id, shard) DO UPDATE SET
          created = s.created + EXCLUDED.created, accepted = s.accepted + EXCLUDED.accepted, negotiating = s.negotiating + EXCLUDED.negotiating,
          signed = s.signed + EXCLUDED.signed, completed = s.completed + EXCLUDED.completed, rated = s.rated + EXCLUDED.rated,
          rating_points = s.rating_points + EXCLUDED.rating_points, signed_amount = s.signed_amount + EXCLUDED.signed_amount;
        IF i.first_response_at IS NOT NULL THEN
          INSERT INTO stats_company_response_day AS s (day, company_id, bucket, n)
          VALUES (stats_day(i.created_at), i.company_id, stats_response_bucket(i.first_response_at, i.created_at), sign)
          ON CONFLICT (day, company_id, bucket) DO UPDATE SET n = s.n + EXCLUDED.n;
        END IF;
      END $$`);
    await q.query(`
      CREATE OR REPLACE FUNCTION stats_apply_intent(i intent, sign integer, may_be_rated boolean) RETURNS void LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM stats_apply_totals(i, sign, may_be_rated);
        PERFORM stats_apply_groups(i, sign, may_be_rated);
        PERFORM stats_apply_companies(i, sign, may_be_rated);
      END $$`);

    await q.query(`
      CREATE FUNCTION stats_rating_companies_trigger() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE
        i record;
      BEGIN
        IF TG_OP IN ('UPDATE', 'DELETE') THEN
          -- Not found when the intent itself is being deleted: its BEFORE trigger already counted the rating out.
          SELECT created_at, company_id INTO i FROM intent WHERE id = OLD.intent_id;
          IF FOUND THEN
            INSERT INTO stats_company_counts AS s (day, company_id, shard, rated, rating_points)
            VALUES (stats_day(i.created_at), i.company_id, pg_backend_pid() % 32, -1, -(OLD.professional + OLD.responsiveness + OLD.attitude + OLD.value))
            ON CONFLICT (day, company_id, shard) DO UPDATE SET rated = s.rated + EXCLUDED.rated, rating_points = s.rating_points + EXCLUDED.rating_points;
          END IF;
        END IF;
        IF TG_OP IN ('INSERT', 'UPDATE') THEN
          SELECT created_at, company_id INTO i FROM intent WHERE id = NEW.intent_id;
          INSERT INTO stats_company_counts AS s (day, company_id, shard, rated, rating_points)
          VALUES (stats_day(i.created_at), i.company_id, pg_backend_pid() % 32, 1, NEW.professional + NEW.responsiveness + NEW.attitude + NEW.value)
          ON CONFLICT (day, company_id, shard) DO UPDATE SET rated = s.rated + EXCLUDED.rated, rating_points = s.rating_points + EXCLUDED.rating_points;
          RETURN NEW;
        END IF;
        RETURN OLD;
      END $$`);
    await q.query(`CREATE TRIGGER stats_rating_companies_insert_delete AFTER INSERT OR DELETE ON intent_rating FOR EACH ROW EXECUTE FUNCTION stats_rating_companies_trigger()`);
    await q.query(`
      CREATE TRIGGER stats_rating_companies_update AFTER UPDATE ON intent_rating FOR EACH ROW
        WHEN (OLD.intent_id IS DISTINCT FROM NEW.intent_id OR OLD.professional IS DISTINCT FROM NEW.professional
           OR OLD.responsiveness IS DISTINCT FROM NEW.responsiveness OR OLD.attitude IS DISTINCT FROM NEW.attitude OR OLD.value IS DISTINCT FROM NEW.value)
        EXECUTE FUNCTION stats_rating_companies_trigger()`);

    await q.query(`ALTER FUNCTION stats_rebuild() RENAME TO stats_rebuild_totals_groups`);
    await q.query(`
      CREATE FUNCTION stats_rebuild() RETURNS void LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM stats_rebuild_totals_groups();
        TRUNCATE stats_company_counts, stats_company_response_day;
        INSERT INTO stats_company_counts (day, company_id, shard, created, accepted, negotiating, signed, completed, rated, rating_points, signed_amount)
        SELECT stats_day(i.created_at), i.company_id, 0, count(*), count(i.accepted_at), count(i.negotiating_at), count(i.signed_at),
               count(i.completed_at), count(r.intent_id), COALESCE(sum(r.professional + r.responsiveness + r.attitude + r.value), 0), COALESCE(sum(i.contract_amount), 0)
          FROM intent i LEFT JOIN intent_rating r ON r.intent_id = i.id
         GROUP BY 1, 2 ORDER BY 1, 2;
        INSERT INTO stats_company_response_day (day, company_id, bucket, n)
        SELECT stats_day(created_at), company_id, stats_response_bucket(first_response_at, created_at), count(*)
          FROM intent WHERE first_response_at IS NOT NULL GROUP BY 1, 2, 3 ORDER BY 1, 2, 3;
        ANALYZE stats_company_counts, stats_company_response_day;
      END $$`);
    // Only the new tables need filling here (the others are exact already).
    await q.query(`
      INSERT INTO stats_company_counts (day, company_id, shard, created, accepted, negotiating, signed, completed, rated, rating_points, signed_amount)
      SELECT stats_day(i.created_at), i.company_id, 0, count(*), count(i.accepted_at), count(i.negotiating_at), count(i.signed_at),
             count(i.completed_at), count(r.intent_id), COALESCE(sum(r.professional + r.responsiveness + r.attitude + r.value), 0), COALESCE(sum(i.contract_amount), 0)
        FROM intent i LEFT JOIN intent_rating r ON r.intent_id = i.id
       GROUP BY 1, 2 ORDER BY 1, 2`);
    await q.query(`
      INSERT INTO stats_company_response_day (day, company_id, bucket, n)
      SELECT stats_day(created_at), company_id, stats_response_bucket(first_response_at, created_at), count(*)
        FROM intent WHERE first_response_at IS NOT NULL GROUP BY 1, 2, 3 ORDER BY 1, 2, 3`);
    await q.query(`ANALYZE stats_company_counts, stats_company_response_day`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP FUNCTION stats_rebuild()`);
    await q.query(`ALTER FUNCTION stats_rebuild_totals_groups() RENAME TO stats_rebuild`);
    await q.query(`DROP TRIGGER stats_rating_companies_update ON intent_rating`);
    await q.query(`DROP TRIGGER stats_rating_companies_insert_delete ON intent_rating`);
    await q.query(`DROP FUNCTION stats_rating_companies_trigger()`);
    await q.query(`
      CREATE OR REPLACE FUNCTION stats_apply_intent(i intent, sign integer, may_be_rated boolean) RETURNS void LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM stats_apply_totals(i, sign, may_be_rated);
        PERFORM stats_apply_groups(i, sign, may_be_rated);
      END $$`);
    await q.query(`DROP FUNCTION stats_apply_companies(intent, integer, boolean)`);
    await q.query(`CREATE INDEX intent_response_bucket_idx ON intent (stats_response_bucket(first_response_at, created_at), created_at)
                     INCLUDE (first_response_at) WHERE first_response_at IS NOT NULL`);
    await q.query(`DROP INDEX intent_response_bucket_company_idx`);
    await q.query(`DROP TABLE stats_company_response_day, stats_company_counts`);
  }
}
