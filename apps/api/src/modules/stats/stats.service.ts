import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  COMPANY_TIERS,
  LIFECYCLE_STAGES,
  type CohortFigures,
  type StatsBreakdownDto,
  type StatsBreakdownRow,
  type StatsDimension,
  type StatsOverviewDto,
  type StatsQuery,
  type StatsTrendDto,
} from '@qifu/contracts';
import { DataSource } from 'typeorm';
import { resolvePeriod, type Period } from './stats-period';

// Aggregates over the cohort `c` (intents created in the period) joined 1:1 with its rating `r`.
const COHORT_AGGREGATES = `
  count(c.id)::int AS created,
  count(c.accepted_at)::int AS accepted,
  count(c.negotiating_at)::int AS negotiating,
  count(c.signed_at)::int AS signed,
  count(c.completed_at)::int AS completed,
  count(r.intent_id)::int AS rated,
  percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM c.first_response_at - c.created_at) / 3600.0)
    FILTER (WHERE c.first_response_at IS NOT NULL) AS median_h,
  percentile_cont(0.9) WITHIN GROUP (ORDER BY extract(epoch FROM c.first_response_at - c.created_at) / 3600.0)
    FILTER (WHERE c.first_response_at IS NOT NULL) AS p90_h,
  avg((r.professional + r.responsiveness + r.attitude + r.value) / 4.0) AS avg_rating,
  COALESCE(sum(c.contract_amount), 0) AS signed_amount`;

interface AggregateRow {
  created: number;
  accepted: number;
  negotiating: number;
  signed: number;
  completed: number;
  rated: number;
  median_h: number | string | null;
  p90_h: number | string | null;
  avg_rating: number | string | null;
  signed_amount: number | string;
}

const round = (v: number | string | null, digits: number) => (v === null ? null : Math.round(Number(v) * 10 ** digits) / 10 ** digits);

function toFigures(r: AggregateRow): CohortFigures {
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

const EMPTY: AggregateRow = {
  created: 0, accepted: 0, negotiating: 0, signed: 0, completed: 0, rated: 0, median_h: null, p90_h: null, avg_rating: null, signed_amount: 0,
};

// The overview in one statement over the rollups of migration 1764316800000 (kept exact by
// triggers in the writing transaction): $1/$2 the period's first and last day, $3/$4 its instants.
// The exact percentiles: the first-response histogram gives, for each rank percentile_cont needs
// (floor and ceil of p × (n − 1)), the bucket holding it and the rank within it; the value is then
// read from intent_response_bucket_idx (the bucket's intents of the period, index-only).
const OVERVIEW_SQL = `
  WITH cohort AS (
    SELECT COALESCE(sum(created), 0)::int AS created, COALESCE(sum(accepted), 0)::int AS accepted,
           COALESCE(sum(negotiating), 0)::int AS negotiating, COALESCE(sum(signed), 0)::int AS signed,
           COALESCE(sum(completed), 0)::int AS completed, COALESCE(sum(rated), 0)::int AS rated,
           COALESCE(sum(rating_points), 0) AS rating_points, COALESCE(sum(signed_amount), 0) AS signed_amount
      FROM stats_intent_day WHERE day BETWEEN $1::date AND $2::date),
  hist AS (
    SELECT bucket, sum(n) AS n FROM stats_response_day WHERE day BETWEEN $1::date AND $2::date GROUP BY bucket HAVING sum(n) > 0),
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
             AND i.created_at >= $3 AND i.created_at < $4
           ORDER BY 1 OFFSET picks.skip LIMIT picks.take) x) v)
  SELECT cohort.*,
         CASE WHEN cohort.rated > 0 THEN cohort.rating_points::numeric / (4 * cohort.rated) END AS avg_rating,
         COALESCE((SELECT max(total) FROM cum), 0)::int AS responded,
         (SELECT json_object_agg(rank, s) FROM picked) AS ranked,
         (SELECT COALESCE(sum(n), 0)::int FROM stats_company_gap WHERE day BETWEEN $1::date AND $2::date AND gap > day - $1::date) AS companies_served,
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
                   WHERE pp.status = 'approved') live`;

interface OverviewRow {
  created: number;
  accepted: number;
  negotiating: number;
  signed: number;
  completed: number;
  rated: number;
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
function percentileHours(ranked: Record<string, number> | null, n: number, p: number): number | null {
  if (!n || !ranked) return null;
  const pos = p * (n - 1);
  const lo = ranked[String(Math.floor(pos))];
  const hi = ranked[String(Math.ceil(pos))];
  return (lo + (hi - lo) * (pos - Math.floor(pos))) / 3600;
}

// Match statistics for the park operator. The overview and the trend read rollups that triggers
// keep exact in every writing transaction (no cache, never stale); the breakdowns aggregate the
// period's rows.
@Injectable()
export class StatsService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async overview(q: StatsQuery): Promise<StatsOverviewDto> {
    const p = resolvePeriod(q);
    // A named statement (pg's query config; TypeORM hands it through): parsed and planned once per
    // connection — planning this statement costs about as much as running it for 30 days.
    const statement = { name: 'stats_overview', text: OVERVIEW_SQL } as unknown as string;
    const [row]: OverviewRow[] = await this.db.query(statement, [p.from, p.to, p.start, p.end]);
    const cohort = toFigures({
      ...row,
      median_h: percentileHours(row.ranked, row.responded, 0.5),
      p90_h: percentileHours(row.ranked, row.responded, 0.9),
    });
    return {
      period: { from: p.from, to: p.to },
      activeProviders: row.active_providers,
      publishedServices: row.published_services,
      companiesServed: row.companies_served,
      cohort,
      overdueNow: row.overdue_now,
      funnel: [
        { stage: 'submitted', count: cohort.created },
        { stage: 'accepted', count: cohort.accepted },
        { stage: 'negotiating', count: cohort.negotiating },
        { stage: 'signed', count: cohort.signed },
        { stage: 'completed', count: cohort.completed },
        { stage: 'rated', count: cohort.rated },
      ],
    };
  }

  async trend(q: StatsQuery): Promise<StatsTrendDto> {
    const p = resolvePeriod(q);
    const unit = q.granularity;
    // Buckets in local (China Standard Time) calendar terms; weeks start on Monday. Created counts
    // by creation day, signed by the day of signing (both kept per day in stats_intent_day).
    const rows: { bucket: string; created: number; signed: number }[] = await this.db.query(
      `WITH buckets AS (
         SELECT generate_series(date_trunc($3, $1::date::timestamp), date_trunc($3, $2::date::timestamp), ('1 ' || $3)::interval) AS b),
       days AS (
         SELECT date_trunc($3, day::timestamp) AS b, sum(created)::int AS created, sum(signed_that_day)::int AS signed
           FROM stats_intent_day WHERE day BETWEEN $1::date AND $2::date GROUP BY 1)
       SELECT to_char(buckets.b, 'YYYY-MM-DD') AS bucket, COALESCE(days.created, 0) AS created, COALESCE(days.signed, 0) AS signed
         FROM buckets LEFT JOIN days ON days.b = buckets.b
        ORDER BY buckets.b`,
      [p.from, p.to, unit],
    );
    return { period: { from: p.from, to: p.to }, granularity: unit, points: rows };
  }

  async breakdown(dimension: StatsDimension, q: StatsQuery): Promise<StatsBreakdownDto> {
    const p = resolvePeriod(q);
    const rows = await this.breakdownRows(dimension, p);
    return { period: { from: p.from, to: p.to }, dimension, rows };
  }

  async breakdownRows(dimension: StatsDimension, p: Period): Promise<StatsBreakdownRow[]> {
    const period = `c.created_at >= $1 AND c.created_at < $2`;
    const params = [p.start, p.end];
    let rows: (AggregateRow & { key: string; label: string })[];
    if (dimension === 'provider') {
      rows = await this.db.query(
        `SELECT pp.id AS key, pp.name AS label, ${COHORT_AGGREGATES}
           FROM provider pp
           LEFT JOIN intent c ON c.provider_id = pp.id AND ${period}
           LEFT JOIN intent_rating r ON r.intent_id = c.id
          WHERE pp.status = 'approved'
          GROUP BY pp.id, pp.name ORDER BY count(c.id) DESC, pp.name`,
        params,
      );
    } else if (dimension === 'category') {
      rows = await this.db.query(
        `SELECT k.code AS key, k.name_zh AS label, ${COHORT_AGGREGATES}
           FROM category k
           LEFT JOIN intent c ON c.category_code = k.code AND ${period}
           LEFT JOIN intent_rating r ON r.intent_id = c.id
          GROUP BY k.code, k.name_zh, k.sort_order ORDER BY k.sort_order, k.code`,
        params,
      );
    } else {
      // A company with several tiers counts under each; one with none under "none".
      const keyExpr = dimension === 'stage' ? 'co.stage' : 't.tier';
      const join = dimension === 'stage' ? '' : `CROSS JOIN LATERAL unnest(CASE WHEN cardinality(co.tiers) = 0 THEN ARRAY['none'] ELSE co.tiers END) AS t(tier)`;
      const found: (AggregateRow & { key: string })[] = await this.db.query(
        `SELECT ${keyExpr} AS key, ${COHORT_AGGREGATES}
           FROM intent c JOIN company co ON co.id = c.company_id ${join}
           LEFT JOIN intent_rating r ON r.intent_id = c.id
          WHERE ${period}
          GROUP BY 1`,
        params,
      );
      const keys: readonly string[] = dimension === 'stage' ? LIFECYCLE_STAGES : [...COMPANY_TIERS, 'none'];
      rows = keys.map((key) => ({ ...(found.find((f) => f.key === key) ?? EMPTY), key, label: key }));
    }
    return rows.map((r) => ({ key: r.key, label: r.label, ...toFigures(r) }));
  }
}
