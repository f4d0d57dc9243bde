import { z } from 'zod';
import { statsQuerySchema } from './stats.schemas';

// Exports of many rows run as background jobs (POST /api/stats/exports): the file is written on
// the server with its progress in the export_job table, and downloaded, by its requester only,
// until it expires. Small exports stream at once (GET /api/stats/export/…).

export const EXPORT_SUBJECTS = ['intents'] as const;
export type ExportSubject = (typeof EXPORT_SUBJECTS)[number];
export const EXPORT_FORMATS = ['csv', 'xlsx'] as const;
export type ExportFileFormat = (typeof EXPORT_FORMATS)[number];

export const EXPORT_JOB_STATUSES = ['queued', 'running', 'ready', 'failed', 'expired'] as const;
export type ExportJobStatus = (typeof EXPORT_JOB_STATUSES)[number];

/**
 * The export job's workflow, one table for the API (its UPDATEs only make these moves) and the web.
 * running → queued: an attempt failed and pg-boss retries it; running → running: a second run of
 * the same job (a retry after a lost worker) starts over, writing the same one file.
 */
export const EXPORT_JOB_TRANSITIONS: readonly { from: ExportJobStatus; to: ExportJobStatus }[] = [
  { from: 'queued', to: 'running' },
  { from: 'running', to: 'running' },
  { from: 'running', to: 'ready' },
  { from: 'running', to: 'queued' },
  { from: 'running', to: 'failed' },
  { from: 'queued', to: 'failed' },
  { from: 'ready', to: 'expired' },
];

export function exportJobCanMove(from: ExportJobStatus, to: ExportJobStatus): boolean {
  return EXPORT_JOB_TRANSITIONS.some((t) => t.from === from && t.to === to);
}

/** Still moving: the console polls while any of its jobs is in one of these. */
export const ACTIVE_EXPORT_JOB_STATUSES = ['queued', 'running'] as const satisfies readonly ExportJobStatus[];

export const createExportSchema = z
  .object({
    subject: z.enum(EXPORT_SUBJECTS),
    format: z.enum(EXPORT_FORMATS),
    from: statsQuerySchema.shape.from,
    to: statsQuerySchema.shape.to,
  })
  .strict()
  .superRefine((v, ctx) => {
    const r = statsQuerySchema.safeParse({ from: v.from, to: v.to });
    if (!r.success) for (const issue of r.error.issues) ctx.addIssue({ code: 'custom', path: issue.path, message: issue.message });
  });
export type CreateExportInput = z.infer<typeof createExportSchema>;

export const listExportJobsQuerySchema = z
  .object({
    page: z.coerce.number().int().min(1).max(10000).default(1),
    pageSize: z.coerce.number().int().min(1).max(50).default(10),
  })
  .strict();
export type ListExportJobsQuery = z.infer<typeof listExportJobsQuerySchema>;

export interface ExportJobDto {
  id: string;
  subject: ExportSubject;
  format: ExportFileFormat;
  /** The period, China time, both days included. */
  from: string;
  to: string;
  status: ExportJobStatus;
  /** Rows written so far, of rowsTotal (counted when the job was requested, exact once ready). */
  rowsDone: number;
  rowsTotal: number;
  /** Size of the finished file. */
  bytes: number | null;
  fileName: string;
  createdAt: string;
  finishedAt: string | null;
  /** Until when the file can be downloaded (ready jobs). */
  expiresAt: string | null;
  /** GET this for the file while ready; null otherwise. */
  downloadUrl: string | null;
}

/**
 * POST /api/stats/exports: at or below the threshold the export is small enough to stream at
 * once from `url` (GET); above it a job was queued.
 */
export type CreateExportResultDto =
  | { mode: 'direct'; rows: number; url: string }
  | { mode: 'job'; job: ExportJobDto };
