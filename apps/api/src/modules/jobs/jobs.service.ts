import { BeforeApplicationShutdown, Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { JobQueueStatsDto } from '@qifu/contracts';
import PgBoss from 'pg-boss';
import { Pool } from 'pg';
import { DataSource, type EntityManager } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../../config/env.schema';
import type { DataSourceSettings } from '../../database/data-source';
import { DATABASE_SETTINGS } from '../../database/statements';
import { deadLetterName, type JobHandler, type JobQueue, type SendOptions, type WorkOptions } from './job-queue';
import { QUEUE_STATS, toQueueStats, type QueueStatsRow } from './jobs.sql';

export const JOB_SCHEMA = 'pgboss';

/** pg-boss's own pool on a real server: its polls and bookkeeping, never a request's statement. */
const OWN_POOL_SIZE = 3;
/** Completed jobs stay a day: at least the longest throttling slot (OVERDUE_SWEEP_SECONDS ≤ 86400), so a slot's job still blocks a second one. */
const KEEP_COMPLETED_SECONDS = 86400;
/** Failed jobs stay 30 days in the operator console before pg-boss archives them. */
const KEEP_FAILED_SECONDS = 30 * 86400;

interface Db {
  executeSql(text: string, values?: unknown[]): Promise<{ rows: unknown[] } | undefined>;
}
interface PgPool {
  query(text: string, values?: unknown[]): Promise<{ rows: unknown[] }>;
}

interface Registration {
  queue: JobQueue<object>;
  handler: JobHandler<object>;
  options: WorkOptions;
}

// The one pg-boss instance of this process. Other modules define their queues (defineQueue) and
// call work/every/schedule at module init; those take effect when the queue starts, at
// application bootstrap (after migrations: main.ts migrates before listen() runs the hooks).
// send() may be called at any time: it waits for the start.
//
// On a real server pg-boss gets a small pool of its own. On the embedded PGlite every socket
// reaches one backend and statements of two connections interleave, so pg-boss runs its SQL
// through the app's single connection (its `db` option), queued with the requests.
@Injectable()
export class JobsService implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger('Jobs');
  private boss?: PgBoss;
  private starting?: Promise<PgBoss>;
  private stopping = false;
  /**
   * pg-boss has stopped. A job that outlived the stop timeout was failed by it (and will be
   * retried); its late outcome finds no connection, as with pg-boss's own closed pool.
   */
  private closed = false;
  private readonly queues = new Map<string, JobQueue<object>>();
  private readonly ensured = new Map<string, Promise<void>>();
  private readonly registrations: Registration[] = [];
  private readonly periodic: { queue: JobQueue<object>; seconds: number; data: object }[] = [];
  private readonly schedules: { queue: JobQueue<object>; cron: string; data: object; tz: string }[] = [];
  private readonly workerIds = new Map<string, string[]>();
  private readonly timers: NodeJS.Timeout[] = [];
  /** pg-boss's pool on a real server (ours, so that its statements go through outcomeSafe). */
  private ownPool?: Pool;

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(DATABASE_SETTINGS) private readonly settings: DataSourceSettings,
  ) {}

  /** Whether this process works jobs (JOBS_ENABLED); sending works either way. */
  get workersEnabled(): boolean {
    return this.config.JOBS_ENABLED;
  }

  /** Whether this process works the jobs of this queue (JOBS_ENABLED and JOBS_QUEUES). */
  works(queueName: string): boolean {
    return this.config.JOBS_ENABLED && this.config.JOBS_QUEUES.some((p) => p === queueName || (p.endsWith('*') && queueName.startsWith(p.slice(0, -1))));
  }

  async onApplicationBootstrap(): Promise<void> {
    await this.start();
  }

  async beforeApplicationShutdown(): Promise<void> {
    await this.stop();
  }

  /** Queues a job; null when a singletonKey/singletonSeconds slot already holds one. */
  async send<T extends object>(queue: JobQueue<T>, data: T, options: SendOptions = {}): Promise<string | null> {
    const boss = await this.ready();
    const { manager, retryDelaySeconds, startAfter, ...rest } = options;
    if (manager && this.settings.embedded && !this.ensured.has(queue.name)) {
      // Creating the queue needs the one connection the caller's transaction holds.
      throw new Error(`Queue "${queue.name}" is not created yet: register() it at module init to send to it in a transaction.`);
    }
    await this.ensureQueue(queue);
    return boss.send(queue.name, data, {
      ...rest,
      ...(retryDelaySeconds !== undefined && { retryDelay: retryDelaySeconds }),
      ...(startAfter !== undefined && { startAfter }),
      ...(manager && { db: managerDb(manager) }),
    } as PgBoss.SendOptions);
  }

  /**
   * Queues several jobs of one queue in one statement (pg-boss insert: the queue's retry and
   * expiry settings apply), optionally in the caller's transaction. No singleton slots here.
   */
  async sendMany<T extends object>(queue: JobQueue<T>, data: T[], options: { manager?: EntityManager } = {}): Promise<void> {
    if (!data.length) return;
    const boss = await this.ready();
    const { manager } = options;
    if (manager && this.settings.embedded && !this.ensured.has(queue.name)) {
      throw new Error(`Queue "${queue.name}" is not created yet: register() it at module init to send to it in a transaction.`);
    }
    await this.ensureQueue(queue);
    await boss.insert(
      data.map((d) => ({ name: queue.name, data: d })),
      (manager ? { db: managerDb(manager) } : {}) as PgBoss.InsertOptions,
    );
  }

  /** Runs `handler` for each job of `queue` in this process (when JOBS_ENABLED). A throw fails the attempt; it is retried with backoff, then dead-lettered. */
  work<T extends object>(queue: JobQueue<T>, handler: JobHandler<T>, options: WorkOptions = {}): void {
    this.define(queue);
    const r: Registration = { queue, handler: handler as JobHandler<object>, options };
    this.registrations.push(r);
    if (this.boss && !this.stopping && this.works(queue.name)) void this.startWorkers(this.boss, r);
  }

  /**
   * A job of `queue` once per `seconds` over every process sharing the database: each process
   * offers one every half period, and pg-boss keeps one per time slot (singletonKey +
   * singletonSeconds, a unique index); whichever worker fetches it runs it. Needs a work() too.
   */
  every<T extends object>(queue: JobQueue<T>, seconds: number, data: T = {} as T): void {
    if (!(seconds >= 1 && seconds <= KEEP_COMPLETED_SECONDS)) throw new Error(`every(): ${seconds} s is not between 1 s and a day`);
    this.define(queue);
    const p = { queue, seconds, data };
    this.periodic.push(p);
    if (this.boss && !this.stopping && this.works(queue.name)) this.startPeriodic(p);
  }

  /** A cron schedule (pg-boss schedule: minute resolution, one job per match over all processes). */
  schedule<T extends object>(queue: JobQueue<T>, cron: string, data: T = {} as T, tz = 'Asia/Shanghai'): void {
    this.define(queue);
    const s = { queue, cron, data, tz };
    this.schedules.push(s);
    if (this.boss && !this.stopping) void this.applySchedule(this.boss, s);
  }

  /** Per queue: queued, active, failed for good, waiting in its dead-letter queue. */
  async stats(): Promise<JobQueueStatsDto[]> {
    await this.ready();
    const rows: QueueStatsRow[] = await this.db.query(QUEUE_STATS);
    return rows.map(toQueueStats);
  }

  /** Wakes this process's idle workers of a queue (after a retry from the console). */
  wake(queueName: string): void {
    for (const id of this.workerIds.get(queueName) ?? []) this.boss?.notifyWorker(id);
  }

  /** The started pg-boss; waits for the start. */
  async ready(): Promise<PgBoss> {
    if (this.stopping) throw new Error('The job queue is stopped.');
    return this.boss ?? this.start();
  }

  start(): Promise<PgBoss> {
    this.starting ??= this.open().catch((err: unknown) => {
      this.starting = undefined;
      throw err;
    });
    return this.starting;
  }

  /** Stops taking jobs and waits up to JOBS_STOP_TIMEOUT_SECONDS for the running ones; what is still running then is failed (and retried by another process). */
  async stop(): Promise<void> {
    if (this.stopping) return;
    this.stopping = true;
    for (const t of this.timers) clearInterval(t);
    const boss = this.boss ?? (this.starting ? await this.starting.catch(() => undefined) : undefined);
    if (!boss) return;
    await boss.stop({ graceful: true, wait: true, close: true, timeout: this.config.JOBS_STOP_TIMEOUT_SECONDS * 1000 });
    // pg-boss does not close a pool it was given.
    await this.ownPool?.end().catch(() => undefined);
  }

  private async open(): Promise<PgBoss> {
    const started = Date.now();
    const enabled = this.config.JOBS_ENABLED;
    let db: Db;
    if (this.settings.embedded) {
      db = appDb(this.db, () => this.closed);
    } else {
      const pool = new Pool({ connectionString: this.settings.url, max: OWN_POOL_SIZE, application_name: 'qifu-jobs' });
      pool.on('error', (err: Error) => this.logger.warn(`Job queue connection: ${err.message}`));
      this.ownPool = pool;
      db = poolDb(pool, () => this.closed);
    }
    const connection: PgBoss.DatabaseOptions = { db: outcomeSafe(db, JOB_SCHEMA, (m) => this.logger.warn(m)) as PgBoss.Db };
    const boss = new PgBoss({
      ...connection,
      schema: JOB_SCHEMA,
      // The schema comes from migration 1764921600000; pg-boss only checks its version.
      migrate: false,
      // Maintenance (expiring stuck jobs, archiving) and cron run where jobs are worked; pg-boss
      // lets one process at a time do each (a timestamp row in its schema).
      supervise: enabled,
      schedule: enabled,
      pollingIntervalSeconds: this.config.JOBS_POLL_SECONDS,
      archiveCompletedAfterSeconds: KEEP_COMPLETED_SECONDS,
      archiveFailedAfterSeconds: KEEP_FAILED_SECONDS,
    });
    boss.on('error', (err: Error) => this.logger.warn(`Job queue: ${err.message}`));
    boss.on('stopped', () => {
      this.closed = true;
    });
    await boss.start();
    this.boss = boss;
    for (const queue of this.queues.values()) await this.ensureQueue(queue);
    for (const s of this.schedules) await this.applySchedule(boss, s);
    if (enabled) {
      for (const r of this.registrations) if (this.works(r.queue.name)) await this.startWorkers(boss, r);
      // A period is offered only where it is worked: a process that cannot run it would fill its slots.
      for (const p of this.periodic) if (this.works(p.queue.name)) this.startPeriodic(p);
    }
    this.logger.log(`Job queue started in ${Date.now() - started} ms (${enabled ? 'working jobs' : 'sending only'}, ${this.settings.embedded ? "the app's connection" : 'own pool'})`);
    return boss;
  }

  /**
   * Makes a queue known without working it here (a queue this process only sends to): it is then
   * created at start. Needed on the embedded database for send({ manager }), which cannot create
   * a queue while the caller's transaction holds the one connection.
   */
  register<T extends object>(queue: JobQueue<T>): void {
    this.define(queue);
    if (this.boss && !this.stopping) void this.ensureQueue(queue);
  }

  private define(queue: JobQueue<object>): void {
    const known = this.queues.get(queue.name);
    if (known && known !== queue && JSON.stringify(known.options) !== JSON.stringify(queue.options)) {
      throw new Error(`Queue "${queue.name}" is defined twice with different options`);
    }
    this.queues.set(queue.name, queue);
  }

  // createQueue is a no-op for an existing queue; updateQueue then applies today's options.
  private ensureQueue(queue: JobQueue<object>): Promise<void> {
    let p = this.ensured.get(queue.name);
    if (!p) {
      p = (async () => {
        const boss = await this.ready();
        const dead = deadLetterName(queue.name);
        const o = queue.options;
        const options = { retryLimit: o.retryLimit, retryDelay: o.retryDelaySeconds, retryBackoff: o.retryBackoff, expireInSeconds: o.expireInSeconds, deadLetter: dead };
        // Dead-lettered jobs wait for the operator: no retries, kept as long as failed jobs.
        await boss.createQueue(dead, { name: dead, retryLimit: 0 });
        await boss.createQueue(queue.name, { name: queue.name, ...options });
        await boss.updateQueue(queue.name, { name: queue.name, ...options });
      })();
      p.catch(() => this.ensured.delete(queue.name));
      this.ensured.set(queue.name, p);
    }
    return p;
  }

  private async startWorkers(boss: PgBoss, r: Registration): Promise<void> {
    await this.ensureQueue(r.queue);
    const name = r.queue.name;
    const concurrency = r.options.concurrency ?? this.config.JOBS_CONCURRENCY;
    const pollingIntervalSeconds = r.options.pollSeconds ?? this.config.JOBS_POLL_SECONDS;
    for (let i = 0; i < concurrency; i++) {
      const id = await boss.work<object>(name, { batchSize: 1, includeMetadata: true, pollingIntervalSeconds }, async ([job]) => {
        const attempt = job.retryCount + 1;
        let failure: { error: unknown } | undefined;
        const value = await r.handler({ id: job.id, queue: name, data: job.data ?? {}, attempt, maxAttempts: job.retryLimit + 1 }).catch((error: unknown) => {
          failure = { error };
        });
        if (!failure) return value;
        const last = job.retryCount >= job.retryLimit;
        const message = failure.error instanceof Error ? failure.error.message : String(failure.error);
        this.logger.warn(`Job ${name} ${job.id} failed (attempt ${attempt} of ${job.retryLimit + 1}${last ? ', dead-lettered' : ''}): ${message}`);
        throw failure.error;
      });
      this.workerIds.set(name, [...(this.workerIds.get(name) ?? []), id]);
    }
  }

  private startPeriodic(p: { queue: JobQueue<object>; seconds: number; data: object }): void {
    const offer = () =>
      this.send(p.queue, p.data, { singletonKey: p.queue.name, singletonSeconds: p.seconds }).catch((err: unknown) => {
        if (!this.stopping) this.logger.warn(`Could not queue ${p.queue.name}: ${String(err)}`);
      });
    void offer();
    const t = setInterval(() => void offer(), Math.max(500, (p.seconds * 1000) / 2));
    t.unref();
    this.timers.push(t);
  }

  private async applySchedule(boss: PgBoss, s: { queue: JobQueue<object>; cron: string; data: object; tz: string }): Promise<void> {
    await this.ensureQueue(s.queue);
    await boss.schedule(s.queue.name, s.cron, s.data, { tz: s.tz });
  }
}

/**
 * pg-boss's `db` over the app's own pool (the embedded server's one connection). Once closed it
 * answers nothing, as pg-boss's own pool does: what a job still reports then is dropped, not a
 * rejection nobody awaits (pg-boss does not await completing or failing a job).
 */
function appDb(ds: DataSource, closed: () => boolean): Db {
  return {
    async executeSql(text, values) {
      // PostgresDriver.master (the pg pool) is public but typed `any`; it exists once initialised.
      const pool = (ds.driver as { master?: PgPool }).master;
      if (closed() || !pool || !ds.isInitialized) return undefined;
      const result = await pool.query(text, values);
      // A multi-statement script (pg-boss's locked maintenance) answers one result per statement.
      return Array.isArray(result) ? { rows: [] } : result;
    },
  };
}

/** pg-boss's `db` over its own pool on a real server; closed, it answers nothing (as pg-boss's own pool). */
function poolDb(pool: Pool, closed: () => boolean): Db {
  return {
    async executeSql(text, values) {
      if (closed()) return undefined;
      return pool.query(text, values as unknown[]);
    },
  };
}

const plans = require('pg-boss/src/plans') as { completeJobs(schema: string): string; failJobsById(schema: string): string };

/**
 * pg-boss records a job's outcome (complete or fail) without awaiting it: with the database away
 * at that moment (an outage, a failover) the rejection is unhandled, which ends a Node process.
 * Those two statements only are logged instead; the job stays active until its time limit and
 * is then retried, which idempotent handlers allow. Every other statement fails as before.
 */
function outcomeSafe(db: Db, schema: string, warn: (message: string) => void): Db {
  const unawaited = new Set([plans.completeJobs(schema), plans.failJobsById(schema)]);
  return {
    async executeSql(text, values) {
      try {
        return await db.executeSql(text, values);
      } catch (err) {
        if (!unawaited.has(text)) throw err;
        warn(`Job queue: a job's outcome was not recorded (${err instanceof Error ? err.message : String(err)}); it is retried after its time limit.`);
        return undefined;
      }
    },
  };
}

/** pg-boss's `db` inside a caller's transaction. */
function managerDb(m: EntityManager): Db {
  return {
    async executeSql(text, values) {
      // The transaction's own runner: its structured result has the rows of any statement kind.
      if (!m.queryRunner) throw new Error('send({ manager }) needs a transaction manager.');
      const r = (await m.queryRunner.query(text, values, true)) as { records?: unknown[] };
      return { rows: r.records ?? [] };
    },
  };
}
