import {
  COMPANY_TIERS,
  LIFECYCLE_STAGES,
  type CohortFigures,
  type StatsDimension,
} from '@qifu/contracts';
import type { Statement } from '../../common/db/statement';
import type { Period } from './stats-period';

// Match statistics for the park operator, read from rollups that triggers keep exact in every
// writing transaction (see StatsService for the caching around them).

/** stats_stamp(): "<sum of the intent shards' versions>.<catalogue version>", with the database's clock. */
export const STATS_STAMP = `SELECT stats_stamp() AS stamp, now() AS now`;

/**
 * The earliest answer deadline after $1 of an unanswered intent (partial index intent_due_idx):
 * when the overdue count next moves without a write.
 */
export const NEXT_OVERDUE = `SELECT min(response_due_at) AS at FROM intent WHERE status = 'submitted' AND first_response_at IS NULL AND response_due_at > $1`;

/** One call: the function (migration StatsOverview1764316800001) keeps its plan per connection. $1..$2 the period's days. */
export const OVERVIEW = `SELECT * FROM stats_overview($1::date, $2::date)`;

/**
 * Created and signed counts per bucket of $3 ('day', 'week', 'month') between the days $1 and $2.
 * Buckets in local (China Standard Time) calendar terms; weeks start on Monday. Created counts by
 * creation day, signed by the day of signing (both kept per day in stats_intent_day).
 */
export const TREND = `WITH buckets AS (
         SELECT generate_series(date_trunc($3, $1::date::timestamp), date_trunc($3, $2::date::timestamp), ('1 ' || $3)::interval) AS b),
       days AS (
         SELECT date_trunc($3, day::timestamp) AS b, sum(created)::int AS created, sum(signed_that_day)::int AS signed
           FROM stats_intent_day WHERE day BETWEEN $1::date AND $2::date GROUP BY 1)
       SELECT to_char(buckets.b, 'YYYY-MM-DD') AS bucket, COALESCE(days.created, 0) AS created, COALESCE(days.signed, 0) AS signed
         FROM buckets LEFT JOIN days ON days.b = buckets.b
        ORDER BY buckets.b`;
export interface TrendRow {
  bucket: string;
  created: number;
  signed: number;
}

/** How far a cohort's intents got, as every statistics statement counts them. */
type FunnelCountsRow = Pick<
  CohortFigures,
  'created' | 'accepted' | 'negotiating' | 'signed' | 'completed' | 'rated'
>;

export interface AggregateRow extends FunnelCountsRow {
  median_h: number | string | null;
  p90_h: number | string | null;
  avg_rating: number | string | null;
  signed_amount: number | string;
}

const round = (v: number | string | null, digits: number) =>
  v === null ? null : Math.round(Number(v) * 10 ** digits) / 10 ** digits;

export function toFigures(r: AggregateRow): CohortFigures {
  return {
    created: r.created,
    accepted: r.accepted,
    negotiating: r.negotiating,
    signed: r.signed,
    completed: r.completed,
    rated: r.rated,
    signRate: r.created ? round(r.signed / r.created, 4) : null,
    medianFirstResponseHours: round(r.median_h, 1),
    p90FirstResponseHours: round(r.p90_h, 1),
    averageRating: round(r.avg_rating, 2),
    signedAmount: Number(r.signed_amount),
  };
}

export interface OverviewRow extends FunnelCountsRow {
  avg_rating: string | null;
  signed_amount: string;
  responded: number;
  ranked: Record<string, number> | null;
  companies_served: number;
  active_providers: number;
  published_services: number;
  overdue_now: number;
}

/** percentile_cont from the values at ranks floor(p(n−1)) and ceil(p(n−1)), seconds → hours. */
export function percentileHours(
  ranked: Record<string, number> | null,
  n: number,
  p: number,
): number | null {
  if (!n || !ranked) return null;
  const pos = p * (n - 1);
  const lo = ranked[String(Math.floor(pos))];
  const hi = ranked[String(Math.ceil(pos))];
  return (lo + (hi - lo) * (pos - Math.floor(pos))) / 3600;
}

export type BreakdownRow = AggregateRow & {
  key: string;
  label: string;
  responded: number;
  ranked: Record<string, number> | null;
};

// Breakdowns from the rollups, with the exact percentiles per group read as in the overview
// (histogram → bucket → index). Provider and category: the group rollups (migration
// 1764316800002), the values from one index per dimension. Stage and tier: the profile rollups
// (1765699200002), kept under each company's current stage and tiers — a company with several
// tiers counts under each, one with none under "none"; the values from the bucket index
// (intent_response_bucket_company_idx), each needed bucket read once for every group and matched
// with the companies' current keys.
export function breakdown(dimension: StatsDimension, p: Period): Statement {
  return dimension === 'stage' || dimension === 'tier' ? profileBreakdown(dimension, p) : groupBreakdown(dimension, p);
}

/**
 * The counts per group (from `counts`, a rollup aliased s and its WHERE) and the first-response
 * ranks each group's percentiles need (from `hist`: rows of key, bucket, n).
 */
const rankCtes = (key: string, counts: string, hist: string) => `
       g AS (
         SELECT ${key} AS key, sum(created)::int AS created, sum(accepted)::int AS accepted, sum(negotiating)::int AS negotiating,
                sum(signed)::int AS signed, sum(completed)::int AS completed, sum(rated)::int AS rated,
                sum(rating_points) AS rating_points, sum(signed_amount) AS signed_amount
           FROM ${counts} GROUP BY 1),
       hist AS (
         SELECT h.key, h.bucket, sum(h.n) AS n FROM (${hist}) h GROUP BY 1, 2 HAVING sum(h.n) > 0),
       cum AS (
         SELECT key, bucket, n, sum(n) OVER (PARTITION BY key ORDER BY bucket) - n AS before FROM hist),
       totals AS (SELECT key, sum(n) AS total FROM hist GROUP BY key),
       ranks AS (
         SELECT DISTINCT t.key, r.rank::bigint AS rank
           FROM totals t, (VALUES (0.5::float8), (0.9::float8)) q(p),
                LATERAL (VALUES (floor(q.p * (t.total::float8 - 1))), (ceil(q.p * (t.total::float8 - 1)))) r(rank)),
       picks AS (
         SELECT c.key, c.bucket, min(ranks.rank) AS first_rank, min(ranks.rank - c.before)::bigint AS skip, (max(ranks.rank) - min(ranks.rank) + 1)::bigint AS take
           FROM ranks JOIN cum c ON c.key = ranks.key AND ranks.rank >= c.before AND ranks.rank < c.before + c.n
          GROUP BY c.key, c.bucket)`;

const figureColumns = `COALESCE(g.created, 0) AS created, COALESCE(g.accepted, 0) AS accepted, COALESCE(g.negotiating, 0) AS negotiating,
              COALESCE(g.signed, 0) AS signed, COALESCE(g.completed, 0) AS completed, COALESCE(g.rated, 0) AS rated,
              CASE WHEN g.rated > 0 THEN g.rating_points::numeric / (4 * g.rated) END AS avg_rating, COALESCE(g.signed_amount, 0) AS signed_amount,
              COALESCE(t.total, 0)::int AS responded, picked.ranked`;

function groupBreakdown(dimension: 'provider' | 'category', p: Period): Statement {
  const col = dimension === 'provider' ? 'provider_id' : 'category_code';
  const groups =
    dimension === 'provider'
      ? { key: 'pp.id', label: 'pp.name', from: `provider pp`, where: `WHERE pp.status = 'approved'`, order: `COALESCE(g.created, 0) DESC, pp.name` }
      : { key: 'k.code', label: 'k.name_zh', from: `category k`, where: '', order: `k.sort_order, k.code` };
  const text = `WITH ${rankCtes(
    `s.${col}`,
    `stats_group_day s WHERE s.day BETWEEN $1::date AND $2::date`,
    `SELECT s.${col} AS key, s.bucket, s.n FROM stats_group_response_day s WHERE s.day BETWEEN $1::date AND $2::date`,
  )},
       picked AS (
         SELECT picks.key, json_object_agg(picks.first_rank + v.k - 1, extract(epoch FROM v.took)::float8) AS ranked
           FROM picks CROSS JOIN LATERAL (
             SELECT x.took, row_number() OVER (ORDER BY x.took) AS k FROM (
               SELECT i.first_response_at - i.created_at AS took FROM intent i
                WHERE i.${col} = picks.key AND stats_response_bucket(i.first_response_at, i.created_at) = picks.bucket
                  AND i.first_response_at IS NOT NULL AND i.created_at >= $3 AND i.created_at < $4
                ORDER BY 1 OFFSET picks.skip LIMIT picks.take) x) v
          GROUP BY picks.key)
       SELECT ${groups.key} AS key, ${groups.label} AS label, ${figureColumns}
         FROM ${groups.from}
         LEFT JOIN g ON g.key = ${groups.key} LEFT JOIN totals t ON t.key = ${groups.key} LEFT JOIN picked ON picked.key = ${groups.key}
        ${groups.where}
        ORDER BY ${groups.order}`;
  return { text, values: [p.from, p.to, p.start, p.end] };
}

function profileBreakdown(dimension: 'stage' | 'tier', p: Period): Statement {
  const keys: readonly string[] = dimension === 'stage' ? LIFECYCLE_STAGES : [...COMPANY_TIERS, 'none'];
  // Only the buckets some group's percentile falls in are read (a few of them), each once: its
  // responses of the period, the company's current keys, numbered within each group.
  // The period's whole months [firstMonth, endMonth) from the monthly histogram, its other days from the daily one.
  const firstMonth = `(date_trunc('month', ($1::date - 1)::timestamp) + interval '1 month')::date`;
  const endMonth = `date_trunc('month', ($2::date + 1)::timestamp)::date`;
  const text = `WITH ${rankCtes(
    's.key',
    `stats_profile_day s WHERE s.dimension = $5 AND s.day BETWEEN $1::date AND $2::date`,
    `SELECT m.key, m.bucket, m.n FROM stats_profile_response_month m WHERE m.dimension = $5 AND m.month >= ${firstMonth} AND m.month < ${endMonth}
      UNION ALL
     SELECT d.key, d.bucket, d.n FROM stats_profile_response_day d
      WHERE d.dimension = $5 AND (d.day BETWEEN $1::date AND least($2::date, ${firstMonth} - 1) OR d.day BETWEEN greatest($1::date, ${endMonth}) AND $2::date)`,
  )},
       needed AS (SELECT DISTINCT bucket FROM picks),
       vals AS (
         SELECT pk.key, needed.bucket, x.took, row_number() OVER (PARTITION BY pk.key, needed.bucket ORDER BY x.took) AS k
           FROM needed CROSS JOIN LATERAL (
             SELECT i.company_id, i.first_response_at - i.created_at AS took FROM intent i
              WHERE stats_response_bucket(i.first_response_at, i.created_at) = needed.bucket
                AND i.first_response_at IS NOT NULL AND i.created_at >= $3 AND i.created_at < $4) x
           JOIN company co ON co.id = x.company_id
           CROSS JOIN LATERAL stats_profile_keys(co.stage, co.tiers) pk
          WHERE pk.dimension = $5),
       picked AS (
         SELECT picks.key, json_object_agg(picks.first_rank + vals.k - 1 - picks.skip, extract(epoch FROM vals.took)::float8) AS ranked
           FROM picks JOIN vals ON vals.key = picks.key AND vals.bucket = picks.bucket AND vals.k > picks.skip AND vals.k <= picks.skip + picks.take
          GROUP BY picks.key)
       SELECT kk.key, kk.key AS label, ${figureColumns}
         FROM unnest($6::text[]) WITH ORDINALITY AS kk(key, ord)
         LEFT JOIN g ON g.key = kk.key LEFT JOIN totals t ON t.key = kk.key LEFT JOIN picked ON picked.key = kk.key
        ORDER BY kk.ord`;
  return { text, values: [p.from, p.to, p.start, p.end, dimension, keys] };
}

/** The export's row count for X-Total-Rows; $1..$2 the period's bounds. */
export const COUNT_INTENTS = `SELECT count(*)::int AS n FROM intent WHERE created_at >= $1 AND created_at < $2`;
