import { Inject, Injectable, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../../config/env.schema';
import { defineQueue } from '../jobs/job-queue';
import { JobsService } from '../jobs/jobs.service';
import { FOLD_PENDING_VIEWS } from './service-view.sql';

export const VIEW_FOLD_QUEUE = defineQueue<Record<string, never>>('listings.view-fold', {
  retryLimit: 3,
  retryDelaySeconds: 10,
  retryBackoff: true,
  expireInSeconds: 5 * 60,
});

// Folds the views every process appended (ViewCounter) into service_view_daily, once per
// VIEW_FOLD_SECONDS over all API processes: a job on the queue, run by whichever process fetches
// it. Run twice or at once, it counts each view once (see FOLD_PENDING_VIEWS).
@Injectable()
export class ViewFold implements OnModuleInit {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly jobs: JobsService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onModuleInit(): void {
    if (!this.config.VIEW_FOLD_SECONDS) return;
    this.jobs.work(VIEW_FOLD_QUEUE, async () => this.fold(), { concurrency: 1 });
    this.jobs.every(VIEW_FOLD_QUEUE, this.config.VIEW_FOLD_SECONDS);
  }

  /** Moves the pending views now; answers how many views and daily rows it wrote. */
  async fold(): Promise<{ views: number; rows: number }> {
    const [r]: { views: string; rows: number }[] = await this.db.query(FOLD_PENDING_VIEWS);
    return { views: Number(r.views), rows: r.rows };
  }
}
