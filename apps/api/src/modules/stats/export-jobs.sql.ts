import type { ExportFileFormat, ExportJobDto, ExportJobStatus, ExportSubject } from '@qifu/contracts';

// Export jobs (ExportJobsService). Every UPDATE names the states it moves from, so a move the
// workflow (EXPORT_JOB_TRANSITIONS) does not allow changes nothing; a second run of a job finds
// its row ready and leaves it alone.

const COLUMNS = `id, subject, format, to_char(period_from, 'YYYY-MM-DD') AS period_from, to_char(period_to, 'YYYY-MM-DD') AS period_to,
  status, rows_done, rows_total, bytes, created_at, finished_at, expires_at, (status = 'ready' AND expires_at <= now()) AS lapsed`;

export interface ExportJobRow {
  id: string;
  subject: ExportSubject;
  format: ExportFileFormat;
  period_from: string;
  period_to: string;
  status: ExportJobStatus;
  rows_done: number;
  rows_total: number;
  bytes: string | null;
  created_at: Date;
  finished_at: Date | null;
  expires_at: Date | null;
  /** Ready but past its expiry (the cleanup job has not run yet): answered as expired. */
  lapsed: boolean;
}

/** $1 requester, $2 subject, $3 format, $4..$5 period days, $6 rows counted now. */
export const INSERT_EXPORT_JOB = `INSERT INTO export_job (requested_by, subject, format, period_from, period_to, rows_total)
  VALUES ($1, $2, $3, $4, $5, $6) RETURNING ${COLUMNS}`;

/** A requester's job ($1 id, $2 requester): another operator's job is not found. */
export const EXPORT_JOB_OF = `SELECT ${COLUMNS} FROM export_job WHERE id = $1 AND requested_by = $2`;

/** The job for its handler ($1 id), whoever asked for it. */
export const EXPORT_JOB_BY_ID = `SELECT ${COLUMNS} FROM export_job WHERE id = $1`;

/** A requester's jobs, newest first ($1 requester, $2 limit, $3 offset), with the count. */
export const EXPORT_JOBS_PAGE = `SELECT ${COLUMNS}, count(*) OVER () AS total FROM export_job WHERE requested_by = $1
  ORDER BY created_at DESC, id DESC LIMIT $2 OFFSET $3`;
export const COUNT_EXPORT_JOBS = `SELECT count(*)::int AS n FROM export_job WHERE requested_by = $1`;

/** An attempt starts (queued, or running: a rerun after a lost worker starts over). $1 id, $2 rows counted now. */
export const START_EXPORT_JOB = `UPDATE export_job SET status = 'running', started_at = now(), rows_done = 0, rows_total = $2, error = NULL
  WHERE id = $1 AND status IN ('queued', 'running') RETURNING id`;

/** $1 id, $2 rows written so far: the total grows with it when intents arrived meanwhile. */
export const EXPORT_JOB_PROGRESS = `UPDATE export_job SET rows_done = $2, rows_total = greatest(rows_total, $2) WHERE id = $1 AND status = 'running'`;

/** The file is in place: $1 id, $2 rows, $3 bytes, $4 hours until it expires. Once: a second run finds it ready. */
export const FINISH_EXPORT_JOB = `UPDATE export_job SET status = 'ready', rows_done = $2, rows_total = $2, bytes = $3, finished_at = now(),
  expires_at = now() + make_interval(hours => $4) WHERE id = $1 AND status = 'running' RETURNING id`;

/** An attempt failed: $1 id, $2 message, $3 whether it was the last (failed) or will be retried (queued). */
export const FAIL_EXPORT_JOB = `UPDATE export_job SET status = CASE WHEN $3::boolean THEN 'failed' ELSE 'queued' END, error = left($2, 500),
  finished_at = CASE WHEN $3::boolean THEN now() END WHERE id = $1 AND status IN ('queued', 'running')`;

/** Ready files past their expiry (the cleanup job deletes each file, then marks its row). */
export const EXPIRED_EXPORT_JOBS = `SELECT id, format FROM export_job WHERE status = 'ready' AND expires_at <= now() ORDER BY expires_at LIMIT 500`;
export const MARK_EXPORT_EXPIRED = `UPDATE export_job SET status = 'expired' WHERE id = ANY($1::uuid[]) AND status = 'ready'`;

/** Jobs whose file may be deleted: ready ones are kept until expiry; $1 ids found on disk. */
export const EXPORT_JOBS_KEEPING_FILES = `SELECT id::text FROM export_job WHERE id = ANY($1::uuid[]) AND status IN ('ready', 'queued', 'running')`;

/** Rows of long-gone exports ($1 days): the console's list keeps a month. */
export const DELETE_OLD_EXPORT_JOBS = `DELETE FROM export_job WHERE created_at < now() - make_interval(days => $1) AND status IN ('expired', 'failed')`;

export function toExportJob(r: ExportJobRow): ExportJobDto {
  const status: ExportJobStatus = r.lapsed ? 'expired' : r.status;
  return {
    id: r.id,
    subject: r.subject,
    format: r.format,
    from: r.period_from,
    to: r.period_to,
    status,
    rowsDone: r.rows_done,
    rowsTotal: r.rows_total,
    bytes: r.bytes === null ? null : Number(r.bytes),
    fileName: exportFileName(r),
    createdAt: r.created_at.toISOString(),
    finishedAt: r.finished_at?.toISOString() ?? null,
    expiresAt: r.expires_at?.toISOString() ?? null,
    downloadUrl: status === 'ready' ? `/api/stats/exports/${r.id}/file` : null,
  };
}

/** The name the browser saves the file under, as the streamed export names it. */
export function exportFileName(r: Pick<ExportJobRow, 'subject' | 'format' | 'period_from' | 'period_to'>): string {
  return `qifu-${r.subject}-${r.period_from}_${r.period_to}.${r.format}`;
}
