import { Inject, Injectable, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { ProblemStage } from '@qifu/contracts';
import { DataSource } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../../config/env.schema';
import { defineQueue } from '../jobs/job-queue';
import { JobsService } from '../jobs/jobs.service';
import { Notifier } from '../notifications/notifier';
import { FLAG_OVERDUE_STAGES, OPERATOR_ADMINS, type FlaggedStageRow } from './problem-overdue.sql';

export const PROBLEM_OVERDUE_SWEEP_QUEUE = defineQueue<Record<string, never>>('problems.overdue-sweep', {
  retryLimit: 3,
  retryDelaySeconds: 30,
  retryBackoff: true,
  expireInSeconds: 5 * 60,
});

const TITLE: Record<ProblemStage, string> = {
  accept: '企业问题超过受理期限',
  progress: '企业问题超过反馈期限',
  solve: '企业问题超过办结期限',
};

// The 13710 clock's notices: once per PROBLEM_OVERDUE_SWEEP_SECONDS over all API processes (one
// job per period, as the intents' sweep), each open stage past its deadline is flagged once and its
// assignee and the operation centre's administrators are told, in-app and on their channels, in
// the transaction that records the flag: a flag exists exactly when its notices do.
@Injectable()
export class ProblemOverdueSweep implements OnModuleInit {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly notifier: Notifier,
    private readonly jobs: JobsService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onModuleInit(): void {
    if (!this.config.PROBLEM_OVERDUE_SWEEP_SECONDS) return;
    this.jobs.work(PROBLEM_OVERDUE_SWEEP_QUEUE, async () => ({ flagged: await this.sweep() }), { concurrency: 1 });
    this.jobs.every(PROBLEM_OVERDUE_SWEEP_QUEUE, this.config.PROBLEM_OVERDUE_SWEEP_SECONDS);
  }

  /** Flags what is newly overdue and tells its people; returns the number of stages flagged. */
  async sweep(): Promise<number> {
    let total = 0;
    for (;;) {
      const n = await this.db.transaction(async (m) => {
        const flagged: FlaggedStageRow[] = await m.query(FLAG_OVERDUE_STAGES);
        if (!flagged.length) return 0;
        const admins = ((await m.query(OPERATOR_ADMINS)) as { id: string }[]).map((u) => u.id);
        for (const f of flagged) {
          await this.notifier.toUsers(m, f.assignee_user_id ? [f.assignee_user_id, ...admins] : admins, {
            kind: 'problem_overdue',
            problemId: f.problem_id,
            title: TITLE[f.stage],
            detail: { stage: f.stage, dueAt: new Date(f.due_at).toISOString(), companyName: f.company_name, categoryName: f.category_name, hard: f.hard },
          });
        }
        return flagged.length;
      });
      total += n;
      // A batch of 500 means there may be more (a first sweep over a year's history).
      if (n < 500) return total;
    }
  }
}
