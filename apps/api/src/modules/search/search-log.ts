import { Injectable, Logger, OnApplicationShutdown, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { ADD_SEARCHES } from './search-log.sql';

const FLUSH_EVERY_MS = 5000;
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
export const normaliseQuery = (q: string) => q.trim().toLowerCase().replace(/\s+/g, ' ');

// Catalogue searches counted in memory per process and upserted per (week, query) every few
// seconds and at shutdown, as ViewCounter does for views: a search never waits on a write. A
// crash loses at most the last few seconds of counts.
@Injectable()
export class SearchLog implements OnModuleInit, OnApplicationShutdown {
  private readonly logger = new Logger('SearchLog');
  private pending = new Map<string, Pending>();
  private timer?: NodeJS.Timeout;

  constructor(@InjectDataSource() private readonly db: DataSource) {}

  onModuleInit(): void {
    this.timer = setInterval(() => void this.flush(), FLUSH_EVERY_MS);
    this.timer.unref();
  }

  async onApplicationShutdown(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    await this.flush();
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

  async flush(): Promise<void> {
    if (!this.pending.size || !this.db.isInitialized) return;
    const batch = this.pending;
    this.pending = new Map();
    const qs = [...batch.keys()];
    const ps = [...batch.values()];
    try {
      await this.db.query(ADD_SEARCHES, [qs, ps.map((p) => p.searches), ps.map((p) => p.noResult), ps.map((p) => p.typo), ps.map((p) => p.expanded), ps.map((p) => p.lastTotal)]);
    } catch (err) {
      // Put the counts back; they go out with the next flush.
      for (const [q, p] of batch) {
        const now = this.pending.get(q);
        if (!now) this.pending.set(q, p);
        else {
          now.searches += p.searches;
          now.noResult += p.noResult;
          now.typo += p.typo;
          now.expanded += p.expanded;
        }
      }
      this.logger.warn(`Could not record searches: ${String(err)}`);
    }
  }
}
