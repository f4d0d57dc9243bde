import { z } from 'zod';

// The operator's view of the background job queue (GET /api/operator/jobs/*).

/** A queue name as the API gives it out: letters, digits, dots, dashes, underscores. */
export const jobQueueNameSchema = z
  .string()
  .trim()
  .min(1)
  .max(100)
  .regex(/^[A-Za-z0-9._-]+$/, 'not a queue name');

export const listFailedJobsQuerySchema = z
  .object({
    queue: jobQueueNameSchema.optional(),
    page: z.coerce.number().int().min(1).max(100000).default(1),
    pageSize: z.coerce.number().int().min(1).max(100).default(20),
  })
  .strict();
export type ListFailedJobsQuery = z.infer<typeof listFailedJobsQuerySchema>;

/** A job that used up its attempts: it waits in its queue's dead-letter queue for an operator. */
export interface FailedJobDto {
  id: string;
  queue: string;
  /** The job's data as JSON, cut to JOB_DATA_SUMMARY_MAX characters. */
  dataSummary: string;
  /** The last attempt's error message. */
  error: string;
  attempts: number;
  createdAt: string;
  /** When the last attempt started. */
  startedAt: string | null;
  failedAt: string | null;
}

export const JOB_DATA_SUMMARY_MAX = 200;

/** Per queue: what waits (queued, incl. retries), runs, failed for good, waits in its dead-letter queue. */
export interface JobQueueStatsDto {
  queue: string;
  queued: number;
  active: number;
  failed: number;
  deadLettered: number;
}

export interface JobsSummaryDto {
  /** False when this API process runs no workers (JOBS_ENABLED=false); jobs still queue for others. */
  workersEnabled: boolean;
  queues: JobQueueStatsDto[];
}

export interface RetriedJobDto {
  id: string;
  queue: string;
}
