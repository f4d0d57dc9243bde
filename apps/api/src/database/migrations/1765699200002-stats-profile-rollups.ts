import type { MigrationInterface, QueryRunner } from 'typeorm';

// The breakdowns by company stage and tier read rollups per stage and per tier (issue 12). They
// used to join the per-company rollups (≈ 370k company-day rows for a year) with every company's
// current tiers at request time: cold, 5–8 s for a year at 1M intents, past the statement timeout
// under 10 connections. A company's stage and tiers are its profile; the rollups here hold the
// counts per (dimension, creation day, key): ≈ 17 rows a day.
//
// - stats_profile_day: the cohort counts, sharded by backend like the other rollups. Intent writers
//   use shards 0–31; moving a company's history (below) writes shards 32–63, so an intent writer and
//   a mover never wait on each other's rows.
// - stats_profile_response_day / _month: the first-response histogram, for the exact percentiles,
//   per day and per calendar month: a period reads its whole months from the monthly rows and
//   only its edge days from the daily ones (a year of daily rows is ≈ 160k, ≈ 100 ms to sum).
// - Keys: the company's stage (dimension 'stage'); each distinct tier, or 'none' without any
//   (dimension 'tier') — a company with several tiers counts under each.
// - Exact while profiles change: a change of tiers or stage moves the company's whole history
//   (recomputed from its intent rows, index intent_company_idx) from the old keys to the new ones
//   in the same transaction. Every intent or rating write takes a shared advisory lock on its
//   company (two-key form, 63) before it reads the profile; the change takes it exclusively before
//   it reads the history. Either the writer waited for the change to commit and then read the new
//   profile, or the change waited for the writer to commit and its statements (READ COMMITTED: a
//   fresh snapshot each) count the writer's rows in the move. (A row lock on the company, FOR
//   SHARE, would do the same but writes the company's tuple on every intent write: ≈ 2× the cost.)
export class StatsProfileRollups1765699200002 implements MigrationInterface {
  name = 'StatsProfileRollups1765699200002';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`SET LOCAL statement_timeout = 0`);
    await q.query(`
      CREATE TABLE stats_profile_day (
        dimension      text NOT NULL CHECK (dimension IN ('stage', 'tier')),
        day            date NOT NULL,
        key            text NOT NULL,
        shard          smallint NOT NULL,
        created        integer NOT NULL DEFAULT 0,
        accepted       integer NOT NULL DEFAULT 0,
        negotiating    integer NOT NULL DEFAULT 0,
        signed         integer NOT NULL DEFAULT 0,
        completed      integer NOT NULL DEFAULT 0,
        rated          integer NOT NULL DEFAULT 0,
        rating_points  bigint NOT NULL DEFAULT 0,
        signed_amount  numeric(18,2) NOT NULL DEFAULT 0,
        PRIMARY KEY (dimension, day, key, shard)
      )`);
    await q.query(`
      CREATE TABLE stats_profile_response_day (
        dimension text NOT NULL CHECK (dimension IN ('stage', 'tier')), day date NOT NULL, key text NOT NULL, bucket smallint NOT NULL, n integer NOT NULL,
        PRIMARY KEY (dimension, day, key, bucket)
      )`);
    await q.query(`
      CREATE TABLE stats_profile_response_month (
        dimension text NOT NULL CHECK (dimension IN ('stage', 'tier')), month date NOT NULL, key text NOT NULL, bucket smallint NOT NULL, n integer NOT NULL,
        PRIMARY KEY (dimension, month, key, bucket)
      )`);

    // The keys a company's intents count under, in a fixed order (rows are locked in that order).
    await q.query(`
      CREATE FUNCTION stats_profile_keys(stage text, tiers text[]) RETURNS TABLE (dimension text, key text) LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
        SELECT 'stage', stage
        UNION ALL
        SELECT 'tier', t FROM (SELECT DISTINCT unnest(CASE WHEN cardinality(tiers) = 0 THEN ARRAY['none'] ELSE tiers END) AS t) x
        ORDER BY 1, 2
      $$`);

    // Adds one contribution (counts, and a first response when bucket is not null) of a company's
    // intent created on day d under the company's current profile.
    await q.query(`
      CREATE FUNCTION stats_profile_apply(company uuid, d date, n_created integer, n_accepted integer, n_negotiating integer, n_signed integer,
                                          n_completed integer, n_rated integer, n_points bigint, n_amount numeric, resp_bucket smallint, n_responded integer)
        RETURNS void LANGUAGE plpgsql AS $$
      DECLARE
        co record;
      BEGIN
        -- Shared with every writer of this company's figures, exclusive to a change of its profile (key 63, see above).
        PERFORM pg_advisory_xact_lock_shared(63, hashtext(company::text));
        SELECT c.stage, c.tiers INTO co FROM company c WHERE c.id = company;
        IF NOT FOUND THEN
          RETURN;
        END IF;
        IF n_created <> 0 OR n_accepted <> 0 OR n_negotiating <> 0 OR n_signed <> 0 OR n_completed <> 0 OR n_rated <> 0 OR n_points <> 0 OR n_amount <> 0 THEN
          INSERT INTO stats_profile_day AS s (dimension, day, key, shard, created, accepted, negotiating, signed, completed, rated, rating_points, signed_amount)
          SELECT k.dimension, d, k.key, pg_backend_pid() % 32, n_created, n_accepted, n_negotiating, n_signed, n_completed, n_rated, n_points, n_amount
            FROM stats_profile_keys(co.stage, co.tiers) k
          ON CONFLICT (dimension, day, key, shard) DO UPDATE SET
            created = s.created + EXCLUDED.created, accepted = s.accepted + EXCLUDED.accepted, negotiating = s.negotiating + EXCLUDED.negotiating,
            signed = s.signed + EXCLUDED.signed, completed = s.completed + EXCLUDED.completed, rated = s.rated + EXCLUDED.rated,
            rating_points = s.rating_points + EXCLUDED.rating_points, signed_amount = s.signed_amount + EXCLUDED.signed_amount;
        END IF;
        IF resp_bucket IS NOT NULL THEN
          INSERT INTO stats_profile_response_day AS s (dimension, day, key, bucket, n)
          SELECT k.dimension, d, k.key, resp_bucket, n_responded FROM stats_profile_keys(co.stage, co.tiers) k
          ON CONFLICT (dimension, day, key, bucket) DO UPDATE SET n = s.n + EXCLUDED.n;
          INSERT INTO stats_profile_response_month AS s (dimension, month, key, bucket, n)
          SELECT k.dimension, date_trunc('month', d::timestamp)::date, k.key, resp_bucket, n_responded FROM stats_profile_keys(co.stage, co.tiers) k
          ON CONFLICT (dimension, month, key, bucket) DO UPDATE SET n = s.n + EXCLUDED.n;
        END IF;
      END $$`);

    await q.query(`
      CREATE FUNCTION stats_apply_profiles(i intent, sign integer, may_be_rated boolean) RETURNS void LANGUAGE plpgsql AS $$
      DECLARE
        points integer;
      BEGIN
        IF may_be_rated THEN
          SELECT r.professional + r.responsiveness + r.attitude + r.value INTO points FROM intent_rating r WHERE r.intent_id = i.id;
        END IF;
        PERFORM stats_profile_apply(i.company_id, stats_day(i.created_at), sign, sign * (i.accepted_at IS NOT NULL)::int,
                  sign * (i.negotiating_at IS NOT NULL)::int, sign * (i.signed_at IS NOT NULL)::int, sign * (i.completed_at IS NOT NULL)::int,
                  sign * (points IS NOT NULL)::int, sign * COALESCE(points, 0)::bigint, sign * COALESCE(i.contract_amount, 0),
                  CASE WHEN i.first_response_at IS NOT NULL THEN stats_response_bucket(i.first_response_at, i.created_at) END, sign);
      END $$`);
    await q.query(`
      CREATE OR REPLACE FUNCTION stats_apply_intent(i intent, sign integer, may_be_rated boolean) RETURNS void LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM stats_apply_totals(i, sign, may_be_rated);
        PERFORM stats_apply_groups(i, sign, may_be_rated);
        PERFORM stats_apply_companies(i, sign, may_be_rated);
        PERFORM stats_apply_profiles(i, sign, may_be_rated);
      END $$`);

    await q.query(`
      CREATE FUNCTION stats_rating_profiles_trigger() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE
        i record;
      BEGIN
        IF TG_OP IN ('UPDATE', 'DELETE') THEN
          -- Not found when the intent itself is being deleted: its BEFORE trigger already counted the rating out.
          SELECT created_at, company_id INTO i FROM intent WHERE id = OLD.intent_id;
          IF FOUND THEN
            PERFORM stats_profile_apply(i.company_id, stats_day(i.created_at), 0, 0, 0, 0, 0, -1,
                      -(OLD.professional + OLD.responsiveness + OLD.attitude + OLD.value)::bigint, 0, NULL, 0);
          END IF;
        END IF;
        IF TG_OP IN ('INSERT', 'UPDATE') THEN
          SELECT created_at, company_id INTO i FROM intent WHERE id = NEW.intent_id;
          PERFORM stats_profile_apply(i.company_id, stats_day(i.created_at), 0, 0, 0, 0, 0, 1,
                    (NEW.professional + NEW.responsiveness + NEW.attitude + NEW.value)::bigint, 0, NULL, 0);
          RETURN NEW;
        END IF;
        RETURN OLD;
      END $$`);
    await q.query(`CREATE TRIGGER stats_rating_profiles_insert_delete AFTER INSERT OR DELETE ON intent_rating FOR EACH ROW EXECUTE FUNCTION stats_rating_profiles_trigger()`);
    await q.query(`
      CREATE TRIGGER stats_rating_profiles_update AFTER UPDATE ON intent_rating FOR EACH ROW
        WHEN (OLD.intent_id IS DISTINCT FROM NEW.intent_id OR OLD.professional IS DISTINCT FROM NEW.professional
           OR OLD.responsiveness IS DISTINCT FROM NEW.responsiveness OR OLD.attitude IS DISTINCT FROM NEW.attitude OR OLD.value IS DISTINCT FROM NEW.value)
        EXECUTE FUNCTION stats_rating_profiles_trigger()`);

    // A change of stage or tiers moves the company's history: its intents' figures leave the keys
    // it lost and join the keys it gained (a key kept stays as it is).
    await q.query(`
      CREATE FUNCTION stats_company_profile_trigger() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM pg_advisory_xact_lock(63, hashtext(NEW.id::text));
        WITH moved AS (
               SELECT o.dimension, o.key, -1 AS sign FROM stats_profile_keys(OLD.stage, OLD.tiers) o
               EXCEPT ALL SELECT n.dimension, n.key, -1 FROM stats_profile_keys(NEW.stage, NEW.tiers) n
               UNION ALL
               (SELECT n.dimension, n.key, 1 FROM stats_profile_keys(NEW.stage, NEW.tiers) n
                EXCEPT ALL SELECT o.dimension, o.key, 1 FROM stats_profile_keys(OLD.stage, OLD.tiers) o)),
             h AS (
               SELECT stats_day(i.created_at) AS day, count(*)::int AS created, count(i.accepted_at)::int AS accepted, count(i.negotiating_at)::int AS negotiating,
                      count(i.signed_at)::int AS signed, count(i.completed_at)::int AS completed, count(r.intent_id)::int AS rated,
                      COALESCE(sum(r.professional + r.responsiveness + r.attitude + r.value), 0)::bigint AS points, COALESCE(sum(i.contract_amount), 0) AS amount
                 FROM intent i LEFT JOIN intent_rating r ON r.intent_id = i.id
                WHERE i.company_id = NEW.id GROUP BY 1)
        INSERT INTO stats_profile_day AS s (dimension, day, key, shard, created, accepted, negotiating, signed, completed, rated, rating_points, signed_amount)
        SELECT m.dimension, h.day, m.key, 32 + pg_backend_pid() % 32, m.sign * h.created, m.sign * h.accepted, m.sign * h.negotiating, m.sign * h.signed,
               m.sign * h.completed, m.sign * h.rated, m.sign * h.points, m.sign * h.amount
          FROM h CROSS JOIN moved m
         ORDER BY 1, 2, 3
        ON CONFLICT (dimension, day, key, shard) DO UPDATE SET
          created = s.created + EXCLUDED.created, accepted = s.accepted + EXCLUDED.accepted, negotiating = s.negotiating + EXCLUDED.negotiating,
          signed = s.signed + EXCLUDED.signed, completed = s.completed + EXCLUDED.completed, rated = s.rated + EXCLUDED.rated,
          rating_points = s.rating_points + EXCLUDED.rating_points, signed_amount = s.signed_amount + EXCLUDED.signed_amount;
        WITH moved AS (
               SELECT o.dimension, o.key, -1 AS sign FROM stats_profile_keys(OLD.stage, OLD.tiers) o
               EXCEPT ALL SELECT n.dimension, n.key, -1 FROM stats_profile_keys(NEW.stage, NEW.tiers) n
               UNION ALL
               (SELECT n.dimension, n.key, 1 FROM stats_profile_keys(NEW.stage, NEW.tiers) n
                EXCEPT ALL SELECT o.dimension, o.key, 1 FROM stats_profile_keys(OLD.stage, OLD.tiers) o)),
             h AS (
               SELECT stats_day(created_at) AS day, stats_response_bucket(first_response_at, created_at) AS bucket, count(*)::int AS n
                 FROM intent WHERE company_id = NEW.id AND first_response_at IS NOT NULL GROUP BY 1, 2)
        INSERT INTO stats_profile_response_day AS s (dimension, day, key, bucket, n)
        SELECT m.dimension, h.day, m.key, h.bucket, m.sign * h.n FROM h CROSS JOIN moved m
         ORDER BY 1, 2, 3, 4
        ON CONFLICT (dimension, day, key, bucket) DO UPDATE SET n = s.n + EXCLUDED.n;
        WITH moved AS (
               SELECT o.dimension, o.key, -1 AS sign FROM stats_profile_keys(OLD.stage, OLD.tiers) o
               EXCEPT ALL SELECT n.dimension, n.key, -1 FROM stats_profile_keys(NEW.stage, NEW.tiers) n
               UNION ALL
               (SELECT n.dimension, n.key, 1 FROM stats_profile_keys(NEW.stage, NEW.tiers) n
                EXCEPT ALL SELECT o.dimension, o.key, 1 FROM stats_profile_keys(OLD.stage, OLD.tiers) o)),
             h AS (
               SELECT date_trunc('month', stats_day(created_at)::timestamp)::date AS month, stats_response_bucket(first_response_at, created_at) AS bucket, count(*)::int AS n
                 FROM intent WHERE company_id = NEW.id AND first_response_at IS NOT NULL GROUP BY 1, 2)
        INSERT INTO stats_profile_response_month AS s (dimension, month, key, bucket, n)
        SELECT m.dimension, h.month, m.key, h.bucket, m.sign * h.n FROM h CROSS JOIN moved m
         ORDER BY 1, 2, 3, 4
        ON CONFLICT (dimension, month, key, bucket) DO UPDATE SET n = s.n + EXCLUDED.n;
        RETURN NULL;
      END $$`);
    await q.query(`
      CREATE TRIGGER stats_company_profile_update AFTER UPDATE OF stage, tiers ON company FOR EACH ROW
        WHEN (OLD.stage IS DISTINCT FROM NEW.stage OR OLD.tiers IS DISTINCT FROM NEW.tiers)
        EXECUTE FUNCTION stats_company_profile_trigger()`);

    await q.query(`
      CREATE FUNCTION stats_rebuild_profiles() RETURNS void LANGUAGE plpgsql AS $$
      BEGIN
        LOCK TABLE company IN SHARE MODE;
        TRUNCATE stats_profile_day, stats_profile_response_day, stats_profile_response_month;
        INSERT INTO stats_profile_day (dimension, day, key, shard, created, accepted, negotiating, signed, completed, rated, rating_points, signed_amount)
        SELECT k.dimension, c.day, k.key, 0, sum(c.created), sum(c.accepted), sum(c.negotiating), sum(c.signed), sum(c.completed), sum(c.rated),
               sum(c.rating_points), sum(c.signed_amount)
          FROM stats_company_counts c JOIN company co ON co.id = c.company_id CROSS JOIN LATERAL stats_profile_keys(co.stage, co.tiers) k
         GROUP BY 1, 2, 3 ORDER BY 1, 2, 3;
        INSERT INTO stats_profile_response_day (dimension, day, key, bucket, n)
        SELECT k.dimension, c.day, k.key, c.bucket, sum(c.n)
          FROM stats_company_response_day c JOIN company co ON co.id = c.company_id CROSS JOIN LATERAL stats_profile_keys(co.stage, co.tiers) k
         GROUP BY 1, 2, 3, 4 ORDER BY 1, 2, 3, 4;
        INSERT INTO stats_profile_response_month (dimension, month, key, bucket, n)
        SELECT dimension, date_trunc('month', day::timestamp)::date, key, bucket, sum(n) FROM stats_profile_response_day GROUP BY 1, 2, 3, 4 ORDER BY 1, 2, 3, 4;
        ANALYZE stats_profile_day, stats_profile_response_day, stats_profile_response_month;
      END $$`);
    // stats_rebuild() bumps the version last (StatsVersion1764489600000); the profiles are
    // recomputed from the per-company rollups, so after them.
    await q.query(`ALTER FUNCTION stats_rebuild_rollups() RENAME TO stats_rebuild_rollups_companies`);
    await q.query(`
      CREATE FUNCTION stats_rebuild_rollups() RETURNS void LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM stats_rebuild_rollups_companies();
        PERFORM stats_rebuild_profiles();
      END $$`);
    await q.query(`SELECT stats_rebuild_profiles()`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP FUNCTION stats_rebuild_rollups()`);
    await q.query(`ALTER FUNCTION stats_rebuild_rollups_companies() RENAME TO stats_rebuild_rollups`);
    await q.query(`DROP FUNCTION stats_rebuild_profiles()`);
    await q.query(`DROP TRIGGER stats_company_profile_update ON company`);
    await q.query(`DROP FUNCTION stats_company_profile_trigger()`);
    await q.query(`DROP TRIGGER stats_rating_profiles_update ON intent_rating`);
    await q.query(`DROP TRIGGER stats_rating_profiles_insert_delete ON intent_rating`);
    await q.query(`DROP FUNCTION stats_rating_profiles_trigger()`);
    await q.query(`
      CREATE OR REPLACE FUNCTION stats_apply_intent(i intent, sign integer, may_be_rated boolean) RETURNS void LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM stats_apply_totals(i, sign, may_be_rated);
        PERFORM stats_apply_groups(i, sign, may_be_rated);
        PERFORM stats_apply_companies(i, sign, may_be_rated);
      END $$`);
    await q.query(`DROP FUNCTION stats_apply_profiles(intent, integer, boolean)`);
    await q.query(`DROP FUNCTION stats_profile_apply(uuid, date, integer, integer, integer, integer, integer, integer, bigint, numeric, smallint, integer)`);
    await q.query(`DROP FUNCTION stats_profile_keys(text, text[])`);
    await q.query(`DROP TABLE stats_profile_response_month, stats_profile_response_day, stats_profile_day`);
  }
}
