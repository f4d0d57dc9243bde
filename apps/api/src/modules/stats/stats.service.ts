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

// Match statistics for the park operator. Every figure is computed from the rows themselves at
// request time (no cache), so it is exact; the indexes on intent(created_at) and the partial
// indexes keep it quick.
@Injectable()
export class StatsService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async overview(q: StatsQuery): Promise<StatsOverviewDto> {
    const p = resolvePeriod(q);
    const [row]: (AggregateRow & { active_providers: number; published_services: number; companies_served: number; overdue_now: number })[] =
      await this.db.query(
        `SELECT ${COHORT_AGGREGATES},
                count(DISTINCT c.company_id)::int AS companies_served,
                (SELECT count(*)::int FROM provider pp WHERE pp.status = 'approved'
                    AND EXISTS (SELECT 1 FROM service_listing s WHERE s.provider_id = pp.id AND s.status = 'published')) AS active_providers,
                (SELECT count(*)::int FROM service_listing s JOIN provider pp ON pp.id = s.provider_id
                  WHERE s.status = 'published' AND pp.status = 'approved') AS published_services,
                (SELECT count(*)::int FROM intent o
                  WHERE o.status = 'submitted' AND o.first_response_at IS NULL AND o.response_due_at < now()) AS overdue_now
           FROM intent c LEFT JOIN intent_rating r ON r.intent_id = c.id
          WHERE c.created_at >= $1 AND c.created_at < $2`,
        [p.start, p.end],
      );
    const cohort = toFigures(row);
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
    // Buckets in local (China Standard Time) calendar terms; weeks start on Monday.
    const rows: { bucket: string; created: number; signed: number }[] = await this.db.query(
      `WITH buckets AS (
         SELECT generate_series(date_trunc($3, $4::date::timestamp), date_trunc($3, $5::date::timestamp), ('1 ' || $3)::interval) AS b),
       created AS (
         SELECT date_trunc($3, created_at AT TIME ZONE 'Asia/Shanghai') AS b, count(*)::int AS n
           FROM intent WHERE created_at >= $1 AND created_at < $2 GROUP BY 1),
       signed AS (
         SELECT date_trunc($3, signed_at AT TIME ZONE 'Asia/Shanghai') AS b, count(*)::int AS n
           FROM intent WHERE signed_at >= $1 AND signed_at < $2 GROUP BY 1)
       SELECT to_char(buckets.b, 'YYYY-MM-DD') AS bucket, COALESCE(created.n, 0) AS created, COALESCE(signed.n, 0) AS signed
         FROM buckets LEFT JOIN created ON created.b = buckets.b LEFT JOIN signed ON signed.b = buckets.b
        ORDER BY buckets.b`,
      [p.start, p.end, unit, p.from, p.to],
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
