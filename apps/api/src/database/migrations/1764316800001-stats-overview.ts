import type { MigrationInterface, QueryRunner } from 'typeorm';

// The operator overview as one function over the rollups of StatsRollups1764316800000. A function
// because PL/pgSQL keeps the statement's plan per connection: planning this statement cost about
// as much as running it for 30 days (measured on 1M intents), and a named prepared statement is
// not an option (the embedded server multiplexes every connection onto one session).
//
// The exact percentiles (percentile_cont at 0.5 and 0.9): the first-response histogram gives, for
// each rank percentile_cont needs (floor and ceil of p × (n − 1)), the bucket holding it and the
// rank within it; the values are then read from intent_response_bucket_idx (the bucket's intents
// of the period, index-only) and interpolated by the caller from `ranked` (rank → seconds).
export class StatsOverview1764316800001 implements MigrationInterface {
  name = 'StatsOverview1764316800001';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE FUNCTION stats_overview(from_day date, to_day date)
        RETURNS TABLE (created integer, accepted integer, negotiating integer, signed integer, completed integer, rated integer,
                       avg_rating numeric, signed_amount numeric, responded integer, ranked json, companies_served integer,
                       active_providers integer, published_services integer, overdue_now integer)
        LANGUAGE plpgsql STABLE AS $$
      #variable_conflict use_column
      DECLARE
        start_at timestamptz := from_day::timestamp AT TIME ZONE 'Asia/Shanghai';
        end_at timestamptz := (to_day + 1)::timestamp AT TIME ZONE 'Asia/Shanghai';
      BEGIN
        RETURN QUERY
          WITH cohort AS (
            SELECT COALESCE(sum(created), 0)::int AS created, COALESCE(sum(accepted), 0)::int AS accepted,
                   COALESCE(sum(negotiating), 0)::int AS negotiating, COALESCE(sum(signed), 0)::int AS signed,
                   COALESCE(sum(completed), 0)::int AS completed, COALESCE(sum(rated), 0)::int AS rated,
                   COALESCE(sum(rating_points), 0) AS rating_points, COALESCE(sum(signed_amount), 0) AS signed_amount
              FROM stats_intent_day WHERE day BETWEEN from_day AND to_day),
          hist AS (
            SELECT bucket, sum(n) AS n FROM stats_response_day WHERE day BETWEEN from_day AND to_day GROUP BY bucket HAVING sum(n) > 0),
          cum AS (
            SELECT bucket, n, sum(n) OVER (ORDER BY bucket) - n AS before, sum(n) OVER () AS total FROM hist),
          ranks AS (
            SELECT DISTINCT r.rank::bigint AS rank
              FROM (SELECT max(total)::float8 AS total FROM cum) t, (VALUES (0.5::float8), (0.9::float8)) q(p),
                   LATERAL (VALUES (floor(q.p * (t.total - 1))), (ceil(q.p * (t.total - 1)))) r(rank)
             WHERE t.total > 0),
          -- The ranks that fall in one bucket are read together (one sort of that bucket's period rows).
          picks AS (
            SELECT c.bucket, min(ranks.rank) AS first_rank, min(ranks.rank - c.before)::bigint AS skip, (max(ranks.rank) - min(ranks.rank) + 1)::bigint AS take
              FROM ranks JOIN cum c ON ranks.rank >= c.before AND ranks.rank < c.before + c.n
             GROUP BY c.bucket),
          picked AS (
            SELECT picks.first_rank + v.k - 1 AS rank, extract(epoch FROM v.took)::float8 AS s
              FROM picks CROSS JOIN LATERAL (
                SELECT x.took, row_number() OVER (ORDER BY x.took) AS k FROM (
                  SELECT i.first_response_at - i.created_at AS took FROM intent i
                   WHERE stats_response_bucket(i.first_response_at, i.created_at) = picks.bucket AND i.first_response_at IS NOT NULL
                     AND i.created_at >= start_at AND i.created_at < end_at
                   ORDER BY 1 OFFSET picks.skip LIMIT picks.take) x) v)
          SELECT cohort.created, cohort.accepted, cohort.negotiating, cohort.signed, cohort.completed, cohort.rated,
                 CASE WHEN cohort.rated > 0 THEN cohort.rating_points::numeric / (4 * cohort.rated) END AS avg_rating,
                 cohort.signed_amount::numeric,
                 COALESCE((SELECT max(total) FROM cum), 0)::int AS responded,
                 (SELECT json_object_agg(rank, s) FROM picked) AS ranked,
                 (SELECT COALESCE(sum(n), 0)::int FROM stats_company_gap WHERE day BETWEEN from_day AND to_day AND gap > day - from_day) AS companies_served,
                 live.active_providers, live.published_services,
                 -- Unanswered past the deadline: whole past days from the rollup, today from the partial index.
                 (SELECT COALESCE(sum(n), 0)::int FROM stats_pending_due WHERE day < stats_day(now()))
                   + (SELECT count(*)::int FROM intent o
                       WHERE o.status = 'submitted' AND o.first_response_at IS NULL
                         AND o.response_due_at >= stats_day(now())::timestamp AT TIME ZONE 'Asia/Shanghai' AND o.response_due_at < now()) AS overdue_now
            FROM cohort,
                 -- Approved providers with a published service, and those services: one index-only pass
                 -- counted per provider, then the providers' status.
                 LATERAL (SELECT count(*)::int AS active_providers, COALESCE(sum(x.n), 0)::int AS published_services
                            FROM (SELECT s.provider_id, count(*) AS n FROM service_listing s WHERE s.status = 'published' GROUP BY s.provider_id) x
                            JOIN provider pp ON pp.id = x.provider_id
                           WHERE pp.status = 'approved') live;
      END $$`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP FUNCTION stats_overview(date, date)`);
  }
}
