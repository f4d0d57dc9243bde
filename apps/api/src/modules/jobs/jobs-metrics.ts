import { Injectable, Logger, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { MetricsService } from '../metrics/metrics.service';
import { QUEUE_STATS, toQueueStats, type QueueStatsRow } from './jobs.sql';

const STATES = ['queued', 'active', 'failed', 'deadLettered'] as const;
const LABEL: Record<(typeof STATES)[number], string> = { queued: 'queued', active: 'active', failed: 'failed', deadLettered: 'dead_lettered' };

// The queue's depth and failures for Prometheus, read from pg-boss's tables at each scrape. It
// reads the tables directly rather than through JobsService.stats(), which waits for pg-boss to
// start: a scrape must answer even in a process that only sends jobs, or while the queue restarts.
@Injectable()
export class JobsMetrics implements OnModuleInit {
  private readonly logger = new Logger('JobsMetrics');

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly metrics: MetricsService,
  ) {}

  onModuleInit(): void {
    this.metrics.registerGauge('job_queue_jobs', 'Jobs by queue and state: queued (waiting or to retry), active, failed for good, waiting in the dead-letter queue.', async () => {
      try {
        const rows: QueueStatsRow[] = await this.db.query(QUEUE_STATS);
        return rows.map(toQueueStats).flatMap((q) => STATES.map((s) => ({ labels: { queue: q.queue, state: LABEL[s] }, value: q[s] })));
      } catch (err) {
        // A database outage must not fail the whole scrape: the pool and process series still tell.
        this.logger.warn(`Could not read the job queue for metrics: ${String(err)}`);
        return [];
      }
    }, ['queue', 'state']);
  }
}
