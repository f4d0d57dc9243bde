import { createReadStream, createWriteStream } from 'node:fs';
import { mkdir, readdir, rename, stat, unlink } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { randomBytes } from 'node:crypto';
import { pipeline } from 'node:stream/promises';
import type { Readable } from 'node:stream';
import { Inject, Injectable, Logger, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { CreateExportInput, CreateExportResultDto, ExportJobDto, ListExportJobsQuery, Page } from '@qifu/contracts';
import { DataSource } from 'typeorm';
import type { Actor } from '../../common/auth/actor';
import { toPage, windowTotal } from '../../common/db/page';
import { AppError } from '../../common/errors/app-error';
import { APP_CONFIG, type AppConfig } from '../../config/env.schema';
import { defineQueue, type Job } from '../jobs/job-queue';
import { JobsService } from '../jobs/jobs.service';
import {
  COUNT_EXPORT_JOBS,
  DELETE_OLD_EXPORT_JOBS,
  EXPIRED_EXPORT_JOBS,
  EXPORT_JOB_BY_ID,
  EXPORT_JOB_OF,
  EXPORT_JOB_PROGRESS,
  EXPORT_JOBS_KEEPING_FILES,
  EXPORT_JOBS_PAGE,
  exportFileName,
  FAIL_EXPORT_JOB,
  FINISH_EXPORT_JOB,
  INSERT_EXPORT_JOB,
  MARK_EXPORT_EXPIRED,
  START_EXPORT_JOB,
  toExportJob,
  type ExportJobRow,
} from './export-jobs.sql';
import { StatsExportService } from './stats-export.service';
import { resolvePeriod } from './stats-period';

export const EXPORT_WRITE_QUEUE = defineQueue<{ exportId: string }>('exports.write', {
  retryLimit: 2,
  retryDelaySeconds: 30,
  retryBackoff: true,
  // A million-row XLSX takes well under a minute on a quiet server; a busy one gets room.
  expireInSeconds: 30 * 60,
});
export const EXPORT_CLEANUP_QUEUE = defineQueue<Record<string, never>>('exports.cleanup', {
  retryLimit: 2,
  retryDelaySeconds: 60,
  expireInSeconds: 10 * 60,
});

/** Progress reaches the table at most this often (a statement per page would queue on the embedded connection). */
const PROGRESS_MS = 500;
const CLEANUP_SECONDS = 3600;
/** Failed and expired rows stay this long in the requester's list. */
const KEEP_ROWS_DAYS = 30;
/** A temporary file this old belongs to no running attempt (those expire after 30 min). */
const STALE_PART_MS = 2 * 3600_000;
const UUID = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';
const PART = new RegExp(`^(${UUID})\\.[0-9a-f]+\\.part$`);
const FILE = new RegExp(`^(${UUID})\\.(csv|xlsx)$`);

// Exports above EXPORT_JOB_THRESHOLD_ROWS run as jobs: the same stream as the direct download
// (StatsExportService) goes to a file in EXPORT_DIR, its progress to export_job, and the file is
// served to its requester until it expires. The handler is idempotent: it writes to a temporary
// file, renames it to the job's one name, and marks the row ready once (UPDATE … WHERE status =
// 'running'); a run that finds the row ready does nothing, so a job run twice leaves one file
// and one completed row. Old files go with a cleanup job once an hour over all processes.
@Injectable()
export class ExportJobsService implements OnModuleInit {
  private readonly logger = new Logger('ExportJobs');
  private readonly dir: string;

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly jobs: JobsService,
    private readonly exports: StatsExportService,
  ) {
    this.dir = resolve(config.EXPORT_DIR);
  }

  onModuleInit(): void {
    this.jobs.work(EXPORT_WRITE_QUEUE, (job) => this.run(job));
    this.jobs.work(EXPORT_CLEANUP_QUEUE, () => this.cleanup(), { concurrency: 1 });
    this.jobs.every(EXPORT_CLEANUP_QUEUE, CLEANUP_SECONDS);
  }

  /** Small: stream it now (the answer names the URL); large: queue a job. */
  async create(actor: Actor, input: CreateExportInput): Promise<CreateExportResultDto> {
    const p = resolvePeriod(input);
    const rows = await this.exports.countIntents(p);
    if (rows <= this.config.EXPORT_JOB_THRESHOLD_ROWS) {
      return { mode: 'direct', rows, url: `/api/stats/export/${input.subject}.${input.format}?from=${p.from}&to=${p.to}` };
    }
    const [row]: ExportJobRow[] = await this.db.query(INSERT_EXPORT_JOB, [actor.userId, input.subject, input.format, p.from, p.to, rows]);
    try {
      await this.jobs.send(EXPORT_WRITE_QUEUE, { exportId: row.id }, { singletonKey: row.id });
    } catch (err) {
      await this.db.query(FAIL_EXPORT_JOB, [row.id, `could not queue: ${String(err)}`, true]);
      throw err;
    }
    return { mode: 'job', job: toExportJob(row) };
  }

  async list(actor: Actor, q: ListExportJobsQuery): Promise<Page<ExportJobDto>> {
    const rows: (ExportJobRow & { total: string })[] = await this.db.query(EXPORT_JOBS_PAGE, [actor.userId, q.pageSize, (q.page - 1) * q.pageSize]);
    const total = await windowTotal(rows, q.page, async () => ((await this.db.query(COUNT_EXPORT_JOBS, [actor.userId])) as { n: number }[])[0].n);
    return toPage(rows.map(toExportJob), total, q);
  }

  async get(actor: Actor, id: string): Promise<ExportJobDto> {
    return toExportJob(await this.own(actor, id));
  }

  /** The finished file, for its requester only: 404 for anyone else, 409 before it is ready, 410 once expired. */
  async file(actor: Actor, id: string): Promise<{ body: Readable; name: string; bytes: number; format: 'csv' | 'xlsx' }> {
    const job = toExportJob(await this.own(actor, id));
    if (job.status === 'expired') throw new AppError('EXPORT_EXPIRED', 'This export expired and its file was deleted; export again.');
    if (job.status !== 'ready') throw new AppError('EXPORT_NOT_READY', `This export is ${job.status}, not ready.`);
    const path = this.path(id, job.format);
    // Opened before answering, so a file deleted meanwhile is a 410, not a broken download.
    const body = createReadStream(path);
    await new Promise<void>((ok, fail) => {
      body.once('open', () => ok());
      body.once('error', fail);
    }).catch(() => {
      throw new AppError('EXPORT_EXPIRED', 'The file of this export is gone; export again.');
    });
    return { body, name: job.fileName, bytes: job.bytes ?? 0, format: job.format };
  }

  /** The job's handler (EXPORT_WRITE_QUEUE); public so a test can run a job twice. */
  async run(job: Pick<Job<{ exportId: string }>, 'data' | 'attempt' | 'maxAttempts'>): Promise<{ exportId: string; rows?: number; skipped?: string }> {
    const id = job.data.exportId;
    const [row]: ExportJobRow[] = await this.db.query(EXPORT_JOB_BY_ID, [id]);
    if (!row) return { exportId: id, skipped: 'gone' };
    if (row.status !== 'queued' && row.status !== 'running') return { exportId: id, skipped: row.status };
    const period = { from: row.period_from, to: row.period_to };
    const total = await this.exports.countIntents(period);
    const started: unknown[] = await this.db.query(START_EXPORT_JOB, [id, total]);
    if (!started.length) return { exportId: id, skipped: 'not queued' };
    await mkdir(this.dir, { recursive: true });
    const part = join(this.dir, `${id}.${randomBytes(6).toString('hex')}.part`);
    try {
      let rows = 0;
      let reported = Date.now();
      const body = this.exports.intentFile(period, row.format, async (done) => {
        rows = done;
        if (Date.now() - reported < PROGRESS_MS) return;
        reported = Date.now();
        await this.db.query(EXPORT_JOB_PROGRESS, [id, done]);
      });
      await pipeline(body, createWriteStream(part));
      const { size } = await stat(part);
      // Another run of this job finished first: its file stays, ours goes.
      const [now]: ExportJobRow[] = await this.db.query(EXPORT_JOB_BY_ID, [id]);
      if (now?.status !== 'running') {
        await unlink(part);
        return { exportId: id, skipped: now?.status ?? 'gone' };
      }
      await rename(part, this.path(id, row.format));
      await this.db.query(FINISH_EXPORT_JOB, [id, rows, size, this.config.EXPORT_FILE_HOURS]);
      this.logger.log(`Export ${id} ready: ${rows} rows, ${size} bytes (${exportFileName(row)})`);
      return { exportId: id, rows };
    } catch (err) {
      await unlink(part).catch(() => undefined);
      await this.db.query(FAIL_EXPORT_JOB, [id, err instanceof Error ? err.message : String(err), job.attempt >= job.maxAttempts]);
      throw err;
    }
  }

  /** Deletes expired files (their rows become expired), stray files of no live job, and month-old rows. */
  async cleanup(): Promise<{ expired: number; strays: number; rows: number }> {
    const expired: { id: string; format: 'csv' | 'xlsx' }[] = await this.db.query(EXPIRED_EXPORT_JOBS);
    for (const e of expired) await unlink(this.path(e.id, e.format)).catch(() => undefined);
    if (expired.length) await this.db.query(MARK_EXPORT_EXPIRED, [expired.map((e) => e.id)]);
    let strays = 0;
    const names = await readdir(this.dir).catch(() => [] as string[]);
    const ids = [...new Set(names.map((n) => (FILE.exec(n) ?? PART.exec(n))?.[1]).filter((x): x is string => !!x))];
    const keep = new Set(ids.length ? ((await this.db.query(EXPORT_JOBS_KEEPING_FILES, [ids])) as { id: string }[]).map((r) => r.id) : []);
    for (const name of names) {
      const file = FILE.exec(name);
      const part = PART.exec(name);
      const path = join(this.dir, name);
      const stray = (file && !keep.has(file[1])) || (part && (!keep.has(part[1]) || Date.now() - (await stat(path).catch(() => ({ mtimeMs: Date.now() }))).mtimeMs > STALE_PART_MS));
      if (stray) {
        await unlink(path).catch(() => undefined);
        strays++;
      }
    }
    const deleted: [unknown[], number] = await this.db.query(DELETE_OLD_EXPORT_JOBS, [KEEP_ROWS_DAYS]);
    return { expired: expired.length, strays, rows: Array.isArray(deleted) ? Number(deleted[1] ?? 0) : 0 };
  }

  private async own(actor: Actor, id: string): Promise<ExportJobRow> {
    const [row]: ExportJobRow[] = await this.db.query(EXPORT_JOB_OF, [id, actor.userId]);
    if (!row) throw new AppError('EXPORT_NOT_FOUND', 'No such export of yours.');
    return row;
  }

  private path(id: string, format: string): string {
    return join(this.dir, `${id}.${format}`);
  }
}
