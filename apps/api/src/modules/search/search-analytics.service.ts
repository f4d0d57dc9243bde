import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { SearchAnalyticsPage, SearchAnalyticsQuery } from '@qifu/contracts';
import { DataSource } from 'typeorm';
import { toPage, windowTotal } from '../../common/db/page';
import { NO_RESULT_COUNT, NO_RESULT_QUERIES, TOP_COUNT, TOP_QUERIES, WEEK_OF, type SearchQueryRow } from './search-log.sql';

@Injectable()
export class SearchAnalyticsService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async list(q: SearchAnalyticsQuery): Promise<SearchAnalyticsPage> {
    const [{ week }]: { week: string }[] = await this.db.query(WEEK_OF, [q.week ?? null]);
    const none = q.view === 'no_result';
    const rows: SearchQueryRow[] = await this.db.query(none ? NO_RESULT_QUERIES : TOP_QUERIES, [week, q.pageSize, (q.page - 1) * q.pageSize]);
    const total = await windowTotal(rows, q.page, async () => {
      const [r]: { n: number }[] = await this.db.query(none ? NO_RESULT_COUNT : TOP_COUNT, [week]);
      return r.n;
    });
    const items = rows.map((r) => ({ query: r.query, searches: r.searches, noResult: r.no_result, typoApplied: r.typo_applied, expanded: r.expanded, lastTotal: r.last_total }));
    return { ...toPage(items, total, q), week };
  }
}
