import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { FailedJobDto, JobsSummaryDto, ListFailedJobsQuery, Page, RetriedJobDto } from '@qifu/contracts';
import { DataSource } from 'typeorm';
import type { Actor, RequestContext } from '../../common/auth/actor';
import { toPage, windowTotal } from '../../common/db/page';
import { AppError } from '../../common/errors/app-error';
import { AuditService } from '../audit/audit.service';
import { JobsService } from './jobs.service';
import { FAILED_JOBS_COUNT, FAILED_JOBS_PAGE, JOB_STATE, RETRY_FAILED_JOB, toFailedJob, type FailedJobRow, type RetriedJobRow } from './jobs.sql';

// The operator console's view of the queue: what failed for good, and a retry.
@Injectable()
export class JobsConsoleService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly jobs: JobsService,
    private readonly audit: AuditService,
  ) {}

  async summary(): Promise<JobsSummaryDto> {
    return { workersEnabled: this.jobs.workersEnabled, queues: await this.jobs.stats() };
  }

  async listFailed(q: ListFailedJobsQuery): Promise<Page<FailedJobDto>> {
    await this.jobs.ready();
    const queue = q.queue ?? null;
    const rows: FailedJobRow[] = await this.db.query(FAILED_JOBS_PAGE, [queue, q.pageSize, (q.page - 1) * q.pageSize]);
    const total = await windowTotal(rows, q.page, async () => ((await this.db.query(FAILED_JOBS_COUNT, [queue])) as { n: number }[])[0].n);
    return toPage(rows.map(toFailedJob), total, q);
  }

  async retry(actor: Actor, id: string, ctx: RequestContext): Promise<RetriedJobDto> {
    await this.jobs.ready();
    const retried = await this.db.transaction(async (m) => {
      const rows: RetriedJobRow[] = await m.query(RETRY_FAILED_JOB, [id]);
      if (!rows.length) {
        const known: { state: string }[] = await m.query(JOB_STATE, [id]);
        if (!known.length) throw new AppError('JOB_NOT_FOUND', 'No such job.');
        throw new AppError('JOB_NOT_FAILED', `The job is ${known[0].state}, not failed: nothing to retry.`);
      }
      await this.audit.record({ action: 'job.retried', actor, context: ctx, detail: { jobId: id, queue: rows[0].name } }, m);
      return rows[0];
    });
    this.jobs.wake(retried.name);
    return { id: retried.id, queue: retried.name };
  }
}
