import type { EntityManager } from 'typeorm';

/** What a queue does with a failing job; applied to the queue itself (pg-boss createQueue/updateQueue). */
export interface JobQueueOptions {
  /** Retries after the first attempt; then the job is failed for good and goes to the dead-letter queue. */
  retryLimit?: number;
  /** Seconds before a retry; with retryBackoff, the base of an exponential, jittered delay. */
  retryDelaySeconds?: number;
  retryBackoff?: boolean;
  /** A running attempt longer than this is failed (and retried): the handler's time limit. */
  expireInSeconds?: number;
}

/**
 * A kind of job: its queue name and the type of its data. Defined once beside its handler
 * (`defineQueue<{ notificationId: string }>('mail.deliver', …)`) and passed to send/work, so a
 * job's data is checked against what its handler reads. Data carries ids, not people's data: the
 * handler reads the current rows (which also lets a second run see that the work is done), and the
 * operator console, open to every operator member, shows the data.
 */
export interface JobQueue<T extends object> {
  readonly name: string;
  readonly options: Readonly<JobQueueOptions>;
  /** Type only: never set. */
  readonly __data?: T;
}

export const DEFAULT_QUEUE_OPTIONS: Required<JobQueueOptions> = {
  retryLimit: 3,
  retryDelaySeconds: 10,
  retryBackoff: true,
  expireInSeconds: 15 * 60,
};

const QUEUE_NAME = /^[a-z0-9][a-z0-9._-]{0,80}$/;

export function defineQueue<T extends object>(name: string, options: JobQueueOptions = {}): JobQueue<T> {
  if (!QUEUE_NAME.test(name) || name.endsWith(DEAD_LETTER_SUFFIX)) throw new Error(`Not a queue name: "${name}"`);
  return { name, options: { ...DEFAULT_QUEUE_OPTIONS, ...options } };
}

export const DEAD_LETTER_SUFFIX = '.dead-letter';

/** Where a queue's jobs go once they failed for good; nobody works it, the operator console reads it. */
export function deadLetterName(queue: string): string {
  return queue + DEAD_LETTER_SUFFIX;
}

export interface SendOptions {
  /** With singletonSeconds: at most one job with this key per time slot of that length (throttling). */
  singletonKey?: string;
  singletonSeconds?: number;
  /** Not before this time (a Date, or seconds from now). */
  startAfter?: Date | number;
  retryLimit?: number;
  retryDelaySeconds?: number;
  retryBackoff?: boolean;
  expireInSeconds?: number;
  /** Queue the job in this transaction: it exists exactly when the change it follows commits. */
  manager?: EntityManager;
}

/** What a handler gets: one job. */
export interface Job<T extends object> {
  id: string;
  queue: string;
  data: T;
  /** 1 on the first attempt. */
  attempt: number;
  /** Attempts the job has at most (retries + 1). */
  maxAttempts: number;
}

export type JobHandler<T extends object> = (job: Job<T>) => Promise<unknown>;

export interface WorkOptions {
  /** Jobs of this queue this process runs at once; JOBS_CONCURRENCY by default. */
  concurrency?: number;
  /** Idle polling interval in seconds; JOBS_POLL_SECONDS by default (0.5 at least). */
  pollSeconds?: number;
}
