import { EXPORT_FORMATS, EXPORT_JOB_STATUSES, EXPORT_SUBJECTS } from '@qifu/contracts';
import type { MigrationInterface, QueryRunner } from 'typeorm';

const list = (xs: readonly string[]) => xs.map((x) => `'${x}'`).join(', ');

// Exports above EXPORT_JOB_THRESHOLD_ROWS run as jobs (ExportJobsService): one row per request,
// with the progress the console shows and, once ready, the file's size and expiry. The file
// itself lives in EXPORT_DIR under the row's id. A ready row always has its file's facts; only
// its requester reads it (the index serves their list, newest first).
export class ExportJobs1765699200001 implements MigrationInterface {
  name = 'ExportJobs1765699200001';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE export_job (
        id           uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        requested_by uuid NOT NULL REFERENCES app_user(id) ON DELETE CASCADE,
        subject      text NOT NULL CHECK (subject IN (${list(EXPORT_SUBJECTS)})),
        format       text NOT NULL CHECK (format IN (${list(EXPORT_FORMATS)})),
        period_from  date NOT NULL,
        period_to    date NOT NULL CHECK (period_to >= period_from),
        status       text NOT NULL DEFAULT 'queued' CHECK (status IN (${list(EXPORT_JOB_STATUSES)})),
        rows_total   int NOT NULL CHECK (rows_total >= 0),
        rows_done    int NOT NULL DEFAULT 0 CHECK (rows_done >= 0),
        bytes        bigint CHECK (bytes >= 0),
        error        text CHECK (char_length(error) <= 500),
        created_at   timestamptz NOT NULL DEFAULT now(),
        started_at   timestamptz,
        finished_at  timestamptz,
        expires_at   timestamptz,
        CHECK (status <> 'ready' OR (bytes IS NOT NULL AND finished_at IS NOT NULL AND expires_at IS NOT NULL AND rows_done = rows_total))
      )`);
    await q.query(`CREATE INDEX export_job_requester_idx ON export_job (requested_by, created_at DESC, id DESC)`);
    // The cleanup job's scan: ready files past their expiry, and old rows.
    await q.query(`CREATE INDEX export_job_expiry_idx ON export_job (expires_at) WHERE status = 'ready'`);
    await q.query(`CREATE INDEX export_job_created_idx ON export_job (created_at)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE export_job`);
  }
}
