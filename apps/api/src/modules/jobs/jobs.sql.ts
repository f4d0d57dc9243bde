import { JOB_DATA_SUMMARY_MAX, type FailedJobDto, type JobQueueStatsDto } from '@qifu/contracts';

// Reads and one write on pg-boss's own tables (schema `pgboss`, created by migration
// 1764921600000). pg-boss's internal queues (`__pgboss__*`) and the dead-letter queues themselves
// are not listed: a dead-letter queue shows as its source queue's `deadLettered`.

const NOT_INTERNAL = `name NOT LIKE '\\_\\_pgboss\\_\\_%'`;

/**
 * Per queue: waiting (created or waiting to retry), running, failed for good, and waiting in its
 * dead-letter queue. Completed jobs (kept a day) are not read.
 */
export const QUEUE_STATS = `
  WITH counts AS (
    SELECT name,
           count(*) FILTER (WHERE state < 'active') AS queued,
           count(*) FILTER (WHERE state = 'active') AS active,
           count(*) FILTER (WHERE state = 'failed') AS failed
      FROM pgboss.job WHERE state IN ('created', 'retry', 'active', 'failed') GROUP BY name
  )
  SELECT q.name AS queue, COALESCE(c.queued, 0) AS queued, COALESCE(c.active, 0) AS active,
         COALESCE(c.failed, 0) AS failed, COALESCE(d.queued, 0) AS dead_lettered
    FROM pgboss.queue q
    LEFT JOIN counts c ON c.name = q.name
    LEFT JOIN counts d ON d.name = q.dead_letter
   WHERE q.${NOT_INTERNAL} AND NOT EXISTS (SELECT 1 FROM pgboss.queue o WHERE o.dead_letter = q.name)
   ORDER BY q.name`;

export interface QueueStatsRow {
  queue: string;
  queued: string;
  active: string;
  failed: string;
  dead_lettered: string;
}

export function toQueueStats(r: QueueStatsRow): JobQueueStatsDto {
  return { queue: r.queue, queued: Number(r.queued), active: Number(r.active), failed: Number(r.failed), deadLettered: Number(r.dead_lettered) };
}

/**
 * Jobs failed for good, newest failure first: $1 queue or null for all, $2 page size, $3 offset.
 * No index serves state = 'failed' (pg-boss indexes what waits); failed jobs are few and kept
 * 30 days, and this is the operator's page, not a hot path.
 */
export const FAILED_JOBS_PAGE = `
  SELECT id, name, data, output, retry_count, created_on, started_on, completed_on, count(*) OVER () AS total
    FROM pgboss.job
   WHERE state = 'failed' AND ${NOT_INTERNAL} AND ($1::text IS NULL OR name = $1)
     AND NOT EXISTS (SELECT 1 FROM pgboss.queue o WHERE o.dead_letter = job.name)
   ORDER BY completed_on DESC NULLS LAST, id DESC
   LIMIT $2 OFFSET $3`;

export const FAILED_JOBS_COUNT = `
  SELECT count(*)::int AS n FROM pgboss.job
   WHERE state = 'failed' AND ${NOT_INTERNAL} AND ($1::text IS NULL OR name = $1)
     AND NOT EXISTS (SELECT 1 FROM pgboss.queue o WHERE o.dead_letter = job.name)`;

export interface FailedJobRow {
  id: string;
  name: string;
  data: unknown;
  output: unknown;
  retry_count: number;
  created_on: Date;
  started_on: Date | null;
  completed_on: Date | null;
  total: string;
}

function errorMessage(output: unknown): string {
  // pg-boss stores the thrown error serialised ({ name, message, stack }) or { value } for a non-object.
  if (output && typeof output === 'object') {
    const o = output as { message?: unknown; value?: unknown };
    if (typeof o.message === 'string') return o.message;
    if (o.value !== undefined) return typeof o.value === 'string' ? o.value : errorMessage(o.value) || JSON.stringify(o.value);
  }
  return output == null ? '' : String(output);
}

const iso = (d: Date | null) => (d ? new Date(d).toISOString() : null);

export function toFailedJob(r: FailedJobRow): FailedJobDto {
  const data = JSON.stringify(r.data ?? null);
  return {
    id: r.id,
    queue: r.name,
    dataSummary: data.length > JOB_DATA_SUMMARY_MAX ? `${data.slice(0, JOB_DATA_SUMMARY_MAX - 1)}…` : data,
    error: errorMessage(r.output).slice(0, 1000),
    attempts: Number(r.retry_count) + 1,
    createdAt: new Date(r.created_on).toISOString(),
    startedAt: iso(r.started_on),
    failedAt: iso(r.completed_on),
  };
}

/**
 * The operator's retry of a job failed for good ($1): one more attempt (pg-boss's own retry: the
 * limit goes up by one), due now. Its copy in the dead-letter queue (same data and error, made
 * when it failed) is removed, so the console does not count it twice. Nothing when the job is not
 * failed (a second click, or it runs again already).
 */
export const RETRY_FAILED_JOB = `
  WITH retried AS (
    UPDATE pgboss.job SET state = 'retry', retry_limit = retry_limit + 1, start_after = now(), completed_on = NULL
     WHERE id = $1 AND state = 'failed' AND ${NOT_INTERNAL}
    RETURNING id, name, data, output, dead_letter
  ), parked AS (
    SELECT d.name, d.id FROM pgboss.job d JOIN retried r ON d.name = r.dead_letter
     WHERE d.state < 'active' AND d.data IS NOT DISTINCT FROM r.data AND d.output IS NOT DISTINCT FROM r.output
     LIMIT 1
  ), unparked AS (
    DELETE FROM pgboss.job d USING parked p WHERE d.name = p.name AND d.id = p.id RETURNING d.id
  )
  SELECT r.id, r.name, (SELECT count(*) FROM unparked)::int AS unparked FROM retried r`;

export interface RetriedJobRow {
  id: string;
  name: string;
  unparked: number;
}

/** $1 a job id: its state, to tell "no such job" from "not failed". */
export const JOB_STATE = `SELECT state FROM pgboss.job WHERE id = $1 AND ${NOT_INTERNAL}`;
