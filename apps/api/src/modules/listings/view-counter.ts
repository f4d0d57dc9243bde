import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { PendingCounts } from '../../common/batch/pending-counts';
import { ADD_PENDING_VIEWS } from './service-view.sql';

// Counts detail-page views in memory and appends them in one statement every few seconds, so a
// catalogue read never waits on a write (PendingCounts).
//
// The counts live in this process's memory, so each process writes its own (also at shutdown):
// an append to service_view_pending, which shares no row with another process's. The job of
// ViewFold, once per period over all processes, moves them into the daily counts.
@Injectable()
export class ViewCounter extends PendingCounts<string, number> {
  constructor(@InjectDataSource() private readonly db: DataSource) {
    super('views');
  }

  count(serviceId: string): void {
    this.pending.set(serviceId, (this.pending.get(serviceId) ?? 0) + 1);
  }

  protected async write(batch: Map<string, number>): Promise<void> {
    await this.db.query(ADD_PENDING_VIEWS, [
      [...batch.keys()],
      [...batch.values()],
    ]);
  }

  protected add(a: number, b: number): number {
    return a + b;
  }

  protected ready(): boolean {
    return this.db.isInitialized;
  }
}
