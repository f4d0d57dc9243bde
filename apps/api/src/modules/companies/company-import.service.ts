import { Injectable, Logger, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { CompanyImportDto, CompanyImportRowDto, ListCompanyImportRowsQuery, Page } from '@qifu/contracts';
import { DataSource } from 'typeorm';
import type { Actor } from '../../common/auth/actor';
import { toPage } from '../../common/db/page';
import { returning } from '../../common/db/returning';
import { AppError } from '../../common/errors/app-error';
import { defineQueue, type Job } from '../jobs/job-queue';
import { JobsService } from '../jobs/jobs.service';
import { checkRows, readTable, type ImportFormat } from './company-import.reader';
import {
  CONFIRM_IMPORT,
  FAIL_IMPORT,
  FINISH_IMPORT,
  IMPORT_BY_ID,
  IMPORT_PROGRESS,
  IMPORT_ROWS_PAGE,
  INSERT_IMPORT,
  INSERT_IMPORT_ROWS,
  KNOWN_CODES_AND_NAMES,
  NEXT_BATCH_END,
  START_IMPORT,
  toImport,
  toImportRow,
  UPSERT_BATCH,
  type CompanyImportRow,
  type ImportRowRow,
} from './company-import.sql';

export const COMPANY_IMPORT_QUEUE = defineQueue<{ importId: string }>('companies.import', {
  retryLimit: 2,
  retryDelaySeconds: 10,
  expireInSeconds: 15 * 60,
});

/** Rows per multi-row INSERT … ON CONFLICT: one round trip and one index pass per thousand. */
export const IMPORT_BATCH_ROWS = 1000;

// The roster import: upload → preview (every row checked, stored, counted) → confirm → a job
// writes the good rows in batches, upserting on the credit code (a re-import updates). The job is
// idempotent: each batch is an upsert of the same rows, and it resumes after the last row it
// reported, so a second run of a half-done job writes the rest once.
@Injectable()
export class CompanyImportService implements OnModuleInit {
  private readonly logger = new Logger('CompanyImport');

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly jobs: JobsService,
  ) {}

  onModuleInit(): void {
    this.jobs.work(COMPANY_IMPORT_QUEUE, (job) => this.run(job));
  }

  async preview(actor: Actor, fileName: string, format: ImportFormat, body: Buffer): Promise<CompanyImportDto> {
    let table: string[][];
    try {
      table = await readTable(body, format);
    } catch {
      throw new AppError('COMPANY_IMPORT_UNREADABLE', `The file could not be read as ${format.toUpperCase()}.`);
    }
    const rows = checkRows(table);
    const codes = rows.filter((r) => !r.errors.length).map((r) => r.raw.creditCode);
    const names = rows.filter((r) => !r.errors.length).map((r) => r.raw.name);
    const known: { credit_code: string | null; name: string }[] = await this.db.query(KNOWN_CODES_AND_NAMES, [codes, names]);
    const codeOwners = new Set(known.map((k) => k.credit_code).filter(Boolean));
    const nameOwner = new Map(known.map((k) => [k.name, k.credit_code]));
    const staged = rows.map((r) => {
      // A name already held by another company (another code, or none) would break its UNIQUE.
      if (!r.errors.length && nameOwner.has(r.raw.name) && nameOwner.get(r.raw.name) !== r.raw.creditCode) r.errors.push('name_taken');
      const action = r.errors.length ? 'error' : codeOwners.has(r.raw.creditCode) ? 'update' : 'new';
      const data = r.errors.length ? { raw: r.raw } : { ...r.raw, stage: r.stage, tiers: r.tiers, raw: r.raw };
      return { row_no: r.row, action, errors: r.errors, data };
    });
    const count = (a: string) => staged.filter((s) => s.action === a).length;
    return this.db.transaction(async (m) => {
      const [imp]: CompanyImportRow[] = await m.query(INSERT_IMPORT, [actor.userId, fileName, staged.length, count('new'), count('update'), count('error')]);
      for (let i = 0; i < staged.length; i += IMPORT_BATCH_ROWS) {
        await m.query(INSERT_IMPORT_ROWS, [imp.id, JSON.stringify(staged.slice(i, i + IMPORT_BATCH_ROWS))]);
      }
      return toImport(imp);
    });
  }

  async get(id: string): Promise<CompanyImportDto> {
    return toImport(await this.find(id));
  }

  async rows(id: string, q: ListCompanyImportRowsQuery): Promise<Page<CompanyImportRowDto>> {
    const imp = await this.find(id);
    const rows: ImportRowRow[] = await this.db.query(IMPORT_ROWS_PAGE(q.onlyErrors), [id, q.pageSize, (q.page - 1) * q.pageSize]);
    return toPage(rows.map(toImportRow), q.onlyErrors ? imp.rows_error : imp.rows_total, q);
  }

  async confirm(id: string): Promise<CompanyImportDto> {
    const imp = await this.find(id);
    if (imp.status === 'previewed' && imp.rows_new + imp.rows_update === 0) {
      throw new AppError('COMPANY_IMPORT_NOTHING_TO_IMPORT', 'Every row of this file has an error; fix the file and upload it again.');
    }
    const [row] = await returning<CompanyImportRow>(this.db, CONFIRM_IMPORT, [id]);
    if (!row) throw new AppError('COMPANY_IMPORT_NOT_PREVIEWED', `This import is ${imp.status}; only a preview can be confirmed.`);
    try {
      await this.jobs.send(COMPANY_IMPORT_QUEUE, { importId: id }, { singletonKey: id });
    } catch (err) {
      await this.db.query(FAIL_IMPORT, [id, `could not queue: ${String(err)}`, true]);
      throw err;
    }
    return toImport(row);
  }

  /** The job's handler; public so a test can run it twice. */
  async run(job: Pick<Job<{ importId: string }>, 'data' | 'attempt' | 'maxAttempts'>): Promise<{ importId: string; written?: number; skipped?: string }> {
    const id = job.data.importId;
    const [imp] = await returning<CompanyImportRow>(this.db, START_IMPORT, [id]);
    if (!imp) return { importId: id, skipped: 'not queued' };
    const started = Date.now();
    const total = imp.rows_new + imp.rows_update;
    try {
      // Resume after the rows an earlier run reported written (they are ordered by row number).
      let done = imp.rows_done;
      let after = 0;
      if (done > 0) {
        const [skip]: { last: number | null }[] = await this.db.query(NEXT_BATCH_END, [id, 0, done]);
        after = skip.last ?? 0;
      }
      for (;;) {
        const [next]: { last: number | null; n: number }[] = await this.db.query(NEXT_BATCH_END, [id, after, IMPORT_BATCH_ROWS]);
        if (!next.n || next.last === null) break;
        await this.db.query(UPSERT_BATCH, [id, after, next.last, imp.requested_by]);
        done += next.n;
        after = next.last;
        await this.db.query(IMPORT_PROGRESS, [id, done]);
      }
      await this.db.query(FINISH_IMPORT, [id, total]);
      this.logger.log(`Import ${id} done: ${total} rows in ${Date.now() - started} ms`);
      return { importId: id, written: total };
    } catch (err) {
      await this.db.query(FAIL_IMPORT, [id, err instanceof Error ? err.message : String(err), job.attempt >= job.maxAttempts]);
      throw err;
    }
  }

  private async find(id: string): Promise<CompanyImportRow> {
    const [row]: CompanyImportRow[] = await this.db.query(IMPORT_BY_ID, [id]);
    if (!row) throw new AppError('COMPANY_IMPORT_NOT_FOUND', 'No such import.');
    return row;
  }
}
