import { Injectable, Logger, OnApplicationShutdown, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { ADD_PENDING_VIEWS } from './service-view.sql';

const FLUSH_EVERY_MS = 5000;

// Counts detail-page views in memory and appends them in one statement every few seconds, so a
// catalogue read never waits on a write. A crash loses at most the last few seconds of views.
//
// The counts live in this process's memory, so each process writes its own (also at shutdown):
// an append to service_view_pending, which shares no row with another process's. The job of
// ViewFold, once per period over all processes, moves them into the daily counts.
@Injectable()
export class ViewCounter implements OnModuleInit, OnApplicationShutdown {
  private readonly logger = new Logger('ViewCounter');
  private pending = new Map<string, number>();
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

  count(serviceId: string): void {
    this.pending.set(serviceId, (this.pending.get(serviceId) ?? 0) + 1);
  }

  async flush(): Promise<void> {
    if (!this.pending.size || !this.db.isInitialized) return;
    const batch = this.pending;
    this.pending = new Map();
    try {
      await this.db.query(ADD_PENDING_VIEWS, [[...batch.keys()], [...batch.values()]]);
    } catch (err) {
      // Put the counts back; they go out with the next flush.
      for (const [id, n] of batch) this.pending.set(id, (this.pending.get(id) ?? 0) + n);
      this.logger.warn(`Could not record views: ${String(err)}`);
    }
  }
}
