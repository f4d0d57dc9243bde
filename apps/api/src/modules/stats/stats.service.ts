import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { StatsBreakdownDto, StatsBreakdownRow, StatsDimension, StatsOverviewDto, StatsQuery, StatsTrendDto } from '@qifu/contracts';
import { DataSource } from 'typeorm';
import { VersionedCache } from '../../common/cache/versioned-cache';
import { Statements } from '../../database/statements';
import { resolvePeriod, type Period } from './stats-period';
import {
  breakdown,
  NEXT_OVERDUE,
  OVERVIEW,
  percentileHours,
  STATS_STAMP,
  toFigures,
  TREND,
  type AggregateRow,
  type BreakdownRow,
  type OverviewRow,
  type TrendRow,
} from './stats.sql';

/** stats_stamp(): "<sum of the intent shards' versions>.<catalogue version>"; both parts only grow. */
const stampNewer = (a: string, b: string): boolean => {
  const [a1, a2] = a.split('.').map(BigInt);
  const [b1, b2] = b.split('.').map(BigInt);
  return a1 >= b1 && a2 >= b2 && (a1 > b1 || a2 > b2);
};

// Match statistics for the park operator. The overview, the trend and the breakdowns read
// rollups that triggers keep exact in every writing transaction. The overview is also kept per
// period in memory at the stamp of the data it was computed from (stats_stamp(), migration
// StatsVersion1764489600000) and until the clock can change it (the next unanswered intent falling
// overdue), so a kept overview is never stale: one cheap read instead of ≈ 5 ms of database work.
@Injectable()
export class StatsService {
  private readonly overviews = new VersionedCache<StatsOverviewDto>({ maxEntries: 200, newer: stampNewer });
  // The trend and the breakdowns hold no figure that moves with the clock, so only a write
  // (an intent, a rating, a company's tiers or stage, the catalogue) ends them. Kept as their JSON
  // text, encoded once: a year's provider breakdown (≈ 200 rows, ≈ 60 KB) cost more to encode per
  // request than the statistics stamp's read. Simultaneous misses compute once.
  private readonly trends = new VersionedCache<Buffer>({ maxEntries: 200, newer: stampNewer });
  private readonly breakdowns = new VersionedCache<Buffer>({ maxEntries: 200, newer: stampNewer });

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly statements: Statements,
  ) {}

  async overview(q: StatsQuery): Promise<StatsOverviewDto> {
    const p = resolvePeriod(q);
    const { stamp, now } = await this.stamp();
    return this.overviews.get(
      `${p.from}/${p.to}`,
      stamp,
      async () => {
        const [value, nextDue] = await Promise.all([this.computeOverview(p), this.nextOverdueAt(now)]);
        return { value, validUntil: nextDue ? nextDue.getTime() : Infinity };
      },
      now.getTime(),
    );
  }

  /** How many overviews are kept (for tests). */
  get keptOverviews(): number {
    return this.overviews.size;
  }

  /**
   * When the overdue count next moves without a write: the earliest answer deadline after `since`
   * of an unanswered intent (partial index intent_due_idx). `since` is the stamp's time, earlier
   * than the overview's own now(), so the entry can only expire early.
   */
  private async nextOverdueAt(since: Date): Promise<Date | null> {
    const [row]: { at: Date | null }[] = await this.db.query(NEXT_OVERDUE, [since]);
    return row.at;
  }

  private async computeOverview(p: Period): Promise<StatsOverviewDto> {
    const [row]: OverviewRow[] = await this.db.query(OVERVIEW, [p.from, p.to]);
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

  /** The trend as JSON text (a StatsTrendDto). */
  async trend(q: StatsQuery): Promise<Buffer> {
    const p = resolvePeriod(q);
    const unit = q.granularity;
    return this.trends.get(`${p.from}/${p.to}/${unit}`, (await this.stamp()).stamp, async () => {
      const rows: TrendRow[] = await this.db.query(TREND, [p.from, p.to, unit]);
      const dto: StatsTrendDto = { period: { from: p.from, to: p.to }, granularity: unit, points: rows };
      return { value: Buffer.from(JSON.stringify(dto)) };
    });
  }

  /** A breakdown as JSON text (a StatsBreakdownDto). */
  async breakdown(dimension: StatsDimension, q: StatsQuery): Promise<Buffer> {
    const p = resolvePeriod(q);
    return this.breakdowns.get(`${dimension}/${p.from}/${p.to}`, (await this.stamp()).stamp, async () => {
      const rows = await this.breakdownRows(dimension, p);
      const dto: StatsBreakdownDto = { period: { from: p.from, to: p.to }, dimension, rows };
      return { value: Buffer.from(JSON.stringify(dto)) };
    });
  }

  /**
   * The statistics stamp and the database's clock ("overdue" is decided by now() in SQL), read
   * before computing, so an answer computed from newer rows is only ever replaced early.
   */
  private async stamp(): Promise<{ stamp: string; now: Date }> {
    const [row] = await this.statements.query<{ stamp: string; now: Date }>('stats_stamp_v1', STATS_STAMP, []);
    return row;
  }

  async breakdownRows(dimension: StatsDimension, p: Period): Promise<StatsBreakdownRow[]> {
    const rows = await this.groupRows(dimension, p);
    return rows.map((r) => ({ key: r.key, label: r.label, ...toFigures(r) }));
  }

  // Breakdowns from the rollups (see stats.sql.ts), with the exact percentiles per group.
  private async groupRows(dimension: StatsDimension, p: Period): Promise<(AggregateRow & { key: string; label: string })[]> {
    const { text, values } = breakdown(dimension, p);
    const rows: BreakdownRow[] = await this.db.query(text, values);
    return rows.map((r) => ({ ...r, median_h: percentileHours(r.ranked, r.responded, 0.5), p90_h: percentileHours(r.ranked, r.responded, 0.9) }));
  }
}
