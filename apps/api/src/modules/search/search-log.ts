import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { PendingCounts } from '../../common/batch/pending-counts';
import { ADD_SEARCHES } from './search-log.sql';

/** Distinct queries held between flushes; past it a new query waits for the next flush's room. */
const MAX_PENDING = 10_000;

interface Pending {
  searches: number;
  noResult: number;
  typo: number;
  expanded: number;
  lastTotal: number;
}

export interface SearchSeen {
  /** As typed; normalised here. */
  q: string;
  total: number;
  typoApplied: boolean;
  expanded: boolean;
}

/** The query as the analytics group it: trimmed, lower-cased, spaces collapsed. */
export const normaliseQuery = (q: string) =>
  q.trim().toLowerCase().replace(/\s+/g, ' ');

// Catalogue searches counted in memory per process and upserted per (week, query) every few
// seconds and at shutdown, as ViewCounter does for views (PendingCounts): a search never waits on
// a write.
@Injectable()
export class SearchLog extends PendingCounts<string, Pending> {
  constructor(@InjectDataSource() private readonly db: DataSource) {
    super('searches');
  }

  record(seen: SearchSeen): void {
    const query = normaliseQuery(seen.q);
    if (!query) return;
    let p = this.pending.get(query);
    if (!p) {
      if (this.pending.size >= MAX_PENDING) return;
      p = { searches: 0, noResult: 0, typo: 0, expanded: 0, lastTotal: 0 };
      this.pending.set(query, p);
    }
    p.searches++;
    if (seen.total === 0) p.noResult++;
    if (seen.typoApplied) p.typo++;
    if (seen.expanded) p.expanded++;
    p.lastTotal = seen.total;
  }

  protected async write(batch: Map<string, Pending>): Promise<void> {
    const ps = [...batch.values()];
    await this.db.query(ADD_SEARCHES, [
      [...batch.keys()],
      ps.map((p) => p.searches),
      ps.map((p) => p.noResult),
      ps.map((p) => p.typo),
      ps.map((p) => p.expanded),
      ps.map((p) => p.lastTotal),
    ]);
  }

  /** `b` is the later batch: its last total is the latest. */
  protected add(a: Pending, b: Pending): Pending {
    return {
      searches: a.searches + b.searches,
      noResult: a.noResult + b.noResult,
      typo: a.typo + b.typo,
      expanded: a.expanded + b.expanded,
      lastTotal: b.lastTotal,
    };
  }

  protected ready(): boolean {
    return this.db.isInitialized;
  }
}
