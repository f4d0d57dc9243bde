import type { MigrationInterface, QueryRunner } from 'typeorm';

// Operator statistics at park scale (issue 6). The overview used to aggregate every intent of the
// period at request time (≈ 1.3 s at 1M intents). Now it reads small rollups that triggers keep
// exact in the same transaction as every write — any code path, any client — so no figure is ever
// stale:
//
// - stats_intent_day: the cohort counts and sums per day of creation (China time). Rows are
//   sharded by the writing backend (pg_backend_pid() % 32) so concurrent intent creations do not
//   queue on one row lock; the figures are the sums over the shards.
// - stats_response_day: a histogram of first-response times per creation day in log-scale buckets.
//   The exact median/p90 (percentile_cont) need the two values around a rank: the histogram says
//   which bucket holds that rank, and intent_response_bucket_idx returns the few values of that
//   bucket in the period, index-only.
// - stats_company_day / stats_company_gap: "companies served" is a distinct count. A company is
//   served in [from, to] once, on its first active day in the period — the day whose previous
//   active day is before `from`. stats_company_gap counts active days by (day, days since the
//   company's previous active day), so the distinct count is a sum over a few rows per day.
// - stats_pending_due: unanswered submitted intents by the day their answer is due, so "overdue
//   now" sums the past days and counts only today's rows from the partial index intent_due_idx.
//
// Bulk loads that bypass triggers (COPY with session_replication_role = replica, as bench:seed
// does) call stats_rebuild() afterwards.
export class StatsRollups1764316800000 implements MigrationInterface {
  name = 'StatsRollups1764316800000';

  async up(q: QueryRunner): Promise<void> {
    // The index and the first rebuild read every intent: at park scale longer than the API's
    // statement timeout (this transaction only).
    await q.query(`SET LOCAL statement_timeout = 0`);
    await q.query(`CREATE FUNCTION stats_day(at timestamptz) RETURNS date LANGUAGE sql IMMUTABLE PARALLEL SAFE
                   AS $$ SELECT (at AT TIME ZONE 'Asia/Shanghai')::date $$`);
    // About 6 % wide buckets from a minute to years: a bucket holds a small share of any cohort.
    await q.query(`CREATE FUNCTION stats_response_bucket(responded timestamptz, created timestamptz) RETURNS smallint LANGUAGE sql IMMUTABLE PARALLEL SAFE
                   AS $$ SELECT floor(ln(1 + greatest(extract(epoch FROM responded - created)::float8, 0) / 60) * 16)::smallint $$`);
    // Days since the previous active day; a first day (or one over the longest period ago) is 3661.
    await q.query(`CREATE FUNCTION stats_gap(day date, prev date) RETURNS smallint LANGUAGE sql IMMUTABLE PARALLEL SAFE
                   AS $$ SELECT COALESCE(least(day - prev, 3661), 3661)::smallint $$`);

    await q.query(`
      CREATE TABLE stats_intent_day (
        day            date NOT NULL,
        shard          smallint NOT NULL,
        created        integer NOT NULL DEFAULT 0,
        accepted       integer NOT NULL DEFAULT 0,
        negotiating    integer NOT NULL DEFAULT 0,
        signed         integer NOT NULL DEFAULT 0,
        completed      integer NOT NULL DEFAULT 0,
        rated          integer NOT NULL DEFAULT 0,
        rating_points  bigint NOT NULL DEFAULT 0,
        signed_amount  numeric(18,2) NOT NULL DEFAULT 0,
        signed_that_day integer NOT NULL DEFAULT 0,
        PRIMARY KEY (day, shard)
      )`);
    await q.query(`CREATE TABLE stats_response_day (day date NOT NULL, bucket smallint NOT NULL, n integer NOT NULL, PRIMARY KEY (day, bucket))`);
    await q.query(`CREATE TABLE stats_company_day (company_id uuid NOT NULL, day date NOT NULL, PRIMARY KEY (company_id, day))`);
    await q.query(`CREATE TABLE stats_company_gap (day date NOT NULL, gap smallint NOT NULL, n integer NOT NULL, PRIMARY KEY (day, gap))`);
    await q.query(`CREATE TABLE stats_pending_due (day date NOT NULL, shard smallint NOT NULL, n integer NOT NULL, PRIMARY KEY (day, shard))`);
    await q.query(`CREATE INDEX intent_response_bucket_idx ON intent (stats_response_bucket(first_response_at, created_at), created_at)
                     INCLUDE (first_response_at) WHERE first_response_at IS NOT NULL`);

    // Adds (sign = 1) or removes (sign = -1) one intent's cohort contribution, rating included.
    await q.query(`
      CREATE FUNCTION stats_apply_intent(i intent, sign integer, may_be_rated boolean) RETURNS void LANGUAGE plpgsql AS $$
      DECLARE
        points integer;
      BEGIN
        -- A new intent has no rating yet (the rating's foreign key needs the intent first).
        IF may_be_rated THEN
          SELECT r.professional + r.responsiveness + r.attitude + r.value INTO points FROM intent_rating r WHERE r.intent_id = i.id;
        END IF;
        INSERT INTO stats_intent_day AS s (day, shard, created, accepted, negotiating, signed, completed, rated, rating_points, signed_amount)
        VALUES (stats_day(i.created_at), pg_backend_pid() % 32, sign, sign * (i.accepted_at IS NOT NULL)::int, sign * (i.negotiating_at IS NOT NULL)::int,
                sign * (i.signed_at IS NOT NULL)::int, sign * (i.completed_at IS NOT NULL)::int, sign * (points IS NOT NULL)::int,
                sign * COALESCE(points, 0), sign * COALESCE(i.contract_amount, 0))
        ON CONFLICT (day, shard) DO UPDATE SET
          created = s.created + EXCLUDED.created, accepted = s.accepted + EXCLUDED.accepted, negotiating = s.negotiating + EXCLUDED.negotiating,
          signed = s.signed + EXCLUDED.signed, completed = s.completed + EXCLUDED.completed, rated = s.rated + EXCLUDED.rated,
          rating_points = s.rating_points + EXCLUDED.rating_points, signed_amount = s.signed_amount + EXCLUDED.signed_amount;
        IF i.signed_at IS NOT NULL THEN
          INSERT INTO stats_intent_day AS s (day, shard, signed_that_day) VALUES (stats_day(i.signed_at), pg_backend_pid() % 32, sign)
          ON CONFLICT (day, shard) DO UPDATE SET signed_that_day = s.signed_that_day + EXCLUDED.signed_that_day;
        END IF;
        IF i.first_response_at IS NOT NULL THEN
          INSERT INTO stats_response_day AS s (day, bucket, n) VALUES (stats_day(i.created_at), stats_response_bucket(i.first_response_at, i.created_at), sign)
          ON CONFLICT (day, bucket) DO UPDATE SET n = s.n + EXCLUDED.n;
        END IF;
        IF i.status = 'submitted' AND i.first_response_at IS NULL THEN
          INSERT INTO stats_pending_due AS s (day, shard, n) VALUES (stats_day(i.response_due_at), pg_backend_pid() % 32, sign)
          ON CONFLICT (day, shard) DO UPDATE SET n = s.n + EXCLUDED.n;
        END IF;
      END $$`);

    // Moves the gap counts when a company's active day appears (sign = 1) or disappears (-1):
    // the day itself counts from its previous day, and the next day now counts from it.
    await q.query(`
      CREATE FUNCTION stats_company_day_changed(company uuid, d date, sign integer) RETURNS void LANGUAGE plpgsql AS $$
      DECLARE
        prev date;
        next date;
      BEGIN
        SELECT max(day) INTO prev FROM stats_company_day WHERE company_id = company AND day < d;
        SELECT min(day) INTO next FROM stats_company_day WHERE company_id = company AND day > d;
        INSERT INTO stats_company_gap AS s (day, gap, n) VALUES (d, stats_gap(d, prev), sign)
        ON CONFLICT (day, gap) DO UPDATE SET n = s.n + EXCLUDED.n;
        IF next IS NOT NULL THEN
          INSERT INTO stats_company_gap AS s (day, gap, n) VALUES (next, stats_gap(next, prev), sign * -1), (next, stats_gap(next, d), sign)
          ON CONFLICT (day, gap) DO UPDATE SET n = s.n + EXCLUDED.n;
        END IF;
      END $$`);

    // Advisory locks per company (two-key form; 6 = stats): key 1 shared by every intent insert and
    // taken exclusively by a delete, key 2 serialising the rare insert of a new active day, so the
    // previous/next days read above are never raced.
    await q.query(`
      CREATE FUNCTION stats_company_add(company uuid, d date) RETURNS void LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM pg_advisory_xact_lock_shared(61, hashtext(company::text));
        INSERT INTO stats_company_day (company_id, day) VALUES (company, d) ON CONFLICT DO NOTHING;
        IF FOUND THEN
          PERFORM pg_advisory_xact_lock(62, hashtext(company::text));
          PERFORM stats_company_day_changed(company, d, 1);
        END IF;
      END $$`);
    await q.query(`
      CREATE FUNCTION stats_company_remove(company uuid, d date, gone uuid) RETURNS void LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM pg_advisory_xact_lock(61, hashtext(company::text));
        IF NOT EXISTS (SELECT 1 FROM intent WHERE company_id = company AND id <> gone
                          AND created_at >= d::timestamp AT TIME ZONE 'Asia/Shanghai' AND created_at < (d + 1)::timestamp AT TIME ZONE 'Asia/Shanghai') THEN
          DELETE FROM stats_company_day WHERE company_id = company AND day = d;
          IF FOUND THEN
            PERFORM stats_company_day_changed(company, d, -1);
          END IF;
        END IF;
      END $$`);

    await q.query(`
      CREATE FUNCTION stats_intent_trigger() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP IN ('UPDATE', 'DELETE') THEN
          PERFORM stats_apply_intent(OLD, -1, true);
          IF TG_OP = 'DELETE' OR OLD.company_id <> NEW.company_id OR stats_day(OLD.created_at) <> stats_day(NEW.created_at) THEN
            PERFORM stats_company_remove(OLD.company_id, stats_day(OLD.created_at), OLD.id);
          END IF;
        END IF;
        IF TG_OP IN ('INSERT', 'UPDATE') THEN
          PERFORM stats_apply_intent(NEW, 1, TG_OP = 'UPDATE');
          IF TG_OP = 'INSERT' OR OLD.company_id <> NEW.company_id OR stats_day(OLD.created_at) <> stats_day(NEW.created_at) THEN
            PERFORM stats_company_add(NEW.company_id, stats_day(NEW.created_at));
          END IF;
          RETURN NEW;
        END IF;
        RETURN OLD;
      END $$`);
    await q.query(`CREATE TRIGGER stats_intent_insert AFTER INSERT ON intent FOR EACH ROW EXECUTE FUNCTION stats_intent_trigger()`);
    // Only a change of what the figures read; an intent's update otherwise costs nothing here.
    await q.query(`
      CREATE TRIGGER stats_intent_update AFTER UPDATE ON intent FOR EACH ROW
        WHEN (OLD.created_at IS DISTINCT FROM NEW.created_at OR OLD.company_id IS DISTINCT FROM NEW.company_id
           OR OLD.status IS DISTINCT FROM NEW.status OR OLD.response_due_at IS DISTINCT FROM NEW.response_due_at
           OR OLD.first_response_at IS DISTINCT FROM NEW.first_response_at OR OLD.accepted_at IS DISTINCT FROM NEW.accepted_at
           OR OLD.negotiating_at IS DISTINCT FROM NEW.negotiating_at OR OLD.signed_at IS DISTINCT FROM NEW.signed_at
           OR OLD.completed_at IS DISTINCT FROM NEW.completed_at OR OLD.contract_amount IS DISTINCT FROM NEW.contract_amount)
        EXECUTE FUNCTION stats_intent_trigger()`);
    // Before the delete, while the intent's rating (removed by the cascade) is still there to subtract.
    await q.query(`CREATE TRIGGER stats_intent_delete BEFORE DELETE ON intent FOR EACH ROW EXECUTE FUNCTION stats_intent_trigger()`);

    await q.query(`
      CREATE FUNCTION stats_rating_trigger() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE
        created timestamptz;
      BEGIN
        IF TG_OP IN ('UPDATE', 'DELETE') THEN
          -- Not found when the intent itself is being deleted: its BEFORE trigger already counted the rating out.
          SELECT i.created_at INTO created FROM intent i WHERE i.id = OLD.intent_id;
          IF FOUND THEN
            INSERT INTO stats_intent_day AS s (day, shard, rated, rating_points)
            VALUES (stats_day(created), pg_backend_pid() % 32, -1, -(OLD.professional + OLD.responsiveness + OLD.attitude + OLD.value))
            ON CONFLICT (day, shard) DO UPDATE SET rated = s.rated + EXCLUDED.rated, rating_points = s.rating_points + EXCLUDED.rating_points;
          END IF;
        END IF;
        IF TG_OP IN ('INSERT', 'UPDATE') THEN
          SELECT i.created_at INTO created FROM intent i WHERE i.id = NEW.intent_id;
          INSERT INTO stats_intent_day AS s (day, shard, rated, rating_points)
          VALUES (stats_day(created), pg_backend_pid() % 32, 1, NEW.professional + NEW.responsiveness + NEW.attitude + NEW.value)
          ON CONFLICT (day, shard) DO UPDATE SET rated = s.rated + EXCLUDED.rated, rating_points = s.rating_points + EXCLUDED.rating_points;
          RETURN NEW;
        END IF;
        RETURN OLD;
      END $$`);
    await q.query(`CREATE TRIGGER stats_rating_insert_delete AFTER INSERT OR DELETE ON intent_rating FOR EACH ROW EXECUTE FUNCTION stats_rating_trigger()`);
    await q.query(`
      CREATE TRIGGER stats_rating_update AFTER UPDATE ON intent_rating FOR EACH ROW
        WHEN (OLD.intent_id IS DISTINCT FROM NEW.intent_id OR OLD.professional IS DISTINCT FROM NEW.professional
           OR OLD.responsiveness IS DISTINCT FROM NEW.responsiveness OR OLD.attitude IS DISTINCT FROM NEW.attitude OR OLD.value IS DISTINCT FROM NEW.value)
        EXECUTE FUNCTION stats_rating_trigger()`);

    // Recomputes every rollup from the rows (after a bulk load that skipped the triggers), written
    // in day order so that a period's rows share a few pages.
    await q.query(`
      CREATE FUNCTION stats_rebuild() RETURNS void LANGUAGE plpgsql AS $$
      BEGIN
        LOCK TABLE intent, intent_rating IN SHARE MODE;
        TRUNCATE stats_intent_day, stats_response_day, stats_company_day, stats_company_gap, stats_pending_due;
        INSERT INTO stats_intent_day (day, shard, created, accepted, negotiating, signed, completed, rated, rating_points, signed_amount)
        SELECT stats_day(i.created_at), 0, count(*), count(i.accepted_at), count(i.negotiating_at), count(i.signed_at), count(i.completed_at),
               count(r.intent_id), COALESCE(sum(r.professional + r.responsiveness + r.attitude + r.value), 0), COALESCE(sum(i.contract_amount), 0)
          FROM intent i LEFT JOIN intent_rating r ON r.intent_id = i.id
         GROUP BY 1 ORDER BY 1;
        INSERT INTO stats_intent_day AS s (day, shard, signed_that_day)
        SELECT stats_day(signed_at), 0, count(*) FROM intent WHERE signed_at IS NOT NULL GROUP BY 1
        ON CONFLICT (day, shard) DO UPDATE SET signed_that_day = EXCLUDED.signed_that_day;
        INSERT INTO stats_response_day (day, bucket, n)
        SELECT stats_day(created_at), stats_response_bucket(first_response_at, created_at), count(*)
          FROM intent WHERE first_response_at IS NOT NULL GROUP BY 1, 2 ORDER BY 1, 2;
        INSERT INTO stats_pending_due (day, shard, n)
        SELECT stats_day(response_due_at), 0, count(*) FROM intent WHERE status = 'submitted' AND first_response_at IS NULL GROUP BY 1 ORDER BY 1;
        INSERT INTO stats_company_day (company_id, day) SELECT DISTINCT company_id, stats_day(created_at) FROM intent;
        INSERT INTO stats_company_gap (day, gap, n)
        SELECT day, gap, count(*) FROM (
          SELECT day, stats_gap(day, lag(day) OVER (PARTITION BY company_id ORDER BY day)) AS gap FROM stats_company_day) g
         GROUP BY 1, 2 ORDER BY 1, 2;
        ANALYZE stats_intent_day, stats_response_day, stats_company_day, stats_company_gap, stats_pending_due;
      END $$`);
    await q.query(`SELECT stats_rebuild()`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TRIGGER stats_rating_update ON intent_rating`);
    await q.query(`DROP TRIGGER stats_rating_insert_delete ON intent_rating`);
    await q.query(`DROP TRIGGER stats_intent_delete ON intent`);
    await q.query(`DROP TRIGGER stats_intent_update ON intent`);
    await q.query(`DROP TRIGGER stats_intent_insert ON intent`);
    await q.query(`DROP FUNCTION stats_rebuild(), stats_rating_trigger(), stats_intent_trigger(), stats_company_remove(uuid, date, uuid),
                     stats_company_add(uuid, date), stats_company_day_changed(uuid, date, integer), stats_apply_intent(intent, integer, boolean)`);
    await q.query(`DROP INDEX intent_response_bucket_idx`);
    await q.query(`DROP TABLE stats_pending_due, stats_company_gap, stats_company_day, stats_response_day, stats_intent_day`);
    await q.query(`DROP FUNCTION stats_gap(date, date), stats_response_bucket(timestamptz, timestamptz), stats_day(timestamptz)`);
  }
}
