import { Inject, Injectable, OnModuleInit } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../../config/env.schema';
import { defineQueue } from '../jobs/job-queue';
import { JobsService } from '../jobs/jobs.service';
import { IntentsService } from './intents.service';

export const OVERDUE_SWEEP_QUEUE = defineQueue<Record<string, never>>('intents.overdue-sweep', {
  retryLimit: 3,
  retryDelaySeconds: 30,
  retryBackoff: true,
  expireInSeconds: 5 * 60,
});

// Flags intents whose response deadline passed, once per OVERDUE_SWEEP_SECONDS over every API
// process: a job on the queue (JobsService.every keeps one per period), run by whichever process
// fetches it. Global work, so once is enough; were it run twice (a retry, two periods' jobs at
// once) it writes nothing new: flagOverdue skips flagged intents and the unique index
// notification_overdue_uq with ON CONFLICT DO NOTHING makes a concurrent second run wait and add nothing.
@Injectable()
export class OverdueSweep implements OnModuleInit {
  constructor(
    private readonly intents: IntentsService,
    private readonly jobs: JobsService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onModuleInit(): void {
    if (!this.config.OVERDUE_SWEEP_SECONDS) return;
    this.jobs.work(OVERDUE_SWEEP_QUEUE, async () => ({ flagged: await this.intents.flagOverdue() }), { concurrency: 1 });
    this.jobs.every(OVERDUE_SWEEP_QUEUE, this.config.OVERDUE_SWEEP_SECONDS);
  }
}
