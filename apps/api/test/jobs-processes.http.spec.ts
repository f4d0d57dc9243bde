import { DataSource } from 'typeorm';
import { OVERDUE_SWEEP_QUEUE } from '../src/modules/intents/overdue-sweep';
import { IntentsService } from '../src/modules/intents/intents.service';
import { defineQueue } from '../src/modules/jobs/job-queue';
import { JobsService } from '../src/modules/jobs/jobs.service';
import { createDataSource } from '../src/database/data-source';
import { uniq } from './support/accounts';
import { startTestApp, testDatabaseUrl, type TestApp } from './support/test-app';

// The queue across API processes (two Nest apps on one database) and at shutdown. Two apps
// need a real server: on the embedded PGlite the connections of two apps would interleave.
const onServer = !process.env.QIFU_TEST_EMBEDDED;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

let db: DataSource;
beforeAll(async () => {
  db = createDataSource({ url: testDatabaseUrl(), poolSize: 1, statementTimeoutMs: 10000 });
});
afterAll(async () => {
  if (db.isInitialized) await db.destroy();
});
const open = async () => {
  if (!db.isInitialized) await db.initialize();
  return db;
};

async function until(what: string, probe: () => Promise<boolean> | boolean, ms = 15000): Promise<void> {
  const end = Date.now() + ms;
  while (!(await probe())) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await sleep(50);
  }
}

(onServer ? describe : describe.skip)('the overdue sweep with two API processes', () => {
  it('runs once per period, in one process or the other, never in both', async () => {
    const started = new Date();
    const env = { JOBS_ENABLED: 'true', JOBS_QUEUES: 'test.*,intents.*', JOBS_POLL_SECONDS: '0.5', OVERDUE_SWEEP_SECONDS: '2' };
    // On the prototype before the apps start: each app queues (and may run) a sweep at once.
    const runs = jest.spyOn(IntentsService.prototype, 'flagOverdue');
    const apps: TestApp[] = [await startTestApp(env), await startTestApp(env)];
    await sleep(7000);
    // Both stop offering; a running sweep finishes first (graceful stop).
    for (const a of apps) await a.close();

    const d = await open();
    const slots: { singleton_on: Date; n: string; done: string }[] = await d.query(
      `SELECT singleton_on, count(*) AS n, count(*) FILTER (WHERE state = 'completed') AS done FROM pgboss.job
        WHERE name = $1 AND created_on >= $2 AND singleton_on IS NOT NULL GROUP BY singleton_on ORDER BY singleton_on`,
      [OVERDUE_SWEEP_QUEUE.name, started],
    );
    // Each process offered a job every second: ~14 offers, one job per 2-second slot.
    expect(slots.length).toBeGreaterThanOrEqual(3);
    expect(slots.length).toBeLessThanOrEqual(5);
    expect(slots.every((s) => Number(s.n) === 1)).toBe(true);
    // Every job ran once, in either app (the runs are told apart by the service instance).
    const byApp = apps.map((a) => runs.mock.contexts.filter((c) => c === a.app.get(IntentsService)).length);
    expect(byApp[0] + byApp[1]).toBe(runs.mock.calls.length);
    expect(runs.mock.calls.length).toBe(slots.reduce((sum, s) => sum + Number(s.done), 0));
    expect(runs.mock.calls.length).toBeGreaterThanOrEqual(3);
    runs.mockRestore();
  }, 40000);
});

describe('stopping the queue', () => {
  it('waits for a running job to finish before the app closes', async () => {
    const app = await startTestApp({ JOBS_ENABLED: 'true', JOBS_QUEUES: 'test.*,intents.*', JOBS_POLL_SECONDS: '0.5', JOBS_STOP_TIMEOUT_SECONDS: '10', OVERDUE_SWEEP_SECONDS: '0' });
    const jobs = app.app.get(JobsService);
    const queue = defineQueue<{ ms: number }>(`test.slow-${uniq()}`);
    let started = false;
    let finished = false;
    jobs.work(queue, async (job) => {
      started = true;
      await sleep(job.data.ms);
      finished = true;
      return { slept: job.data.ms };
    });
    const id = await jobs.send(queue, { ms: 1500 });
    await until('the job to start', () => started);
    const closing = Date.now();
    await app.close();
    expect(finished).toBe(true);
    expect(Date.now() - closing).toBeGreaterThanOrEqual(1000);
    const [row] = await (await open()).query(`SELECT state, output FROM pgboss.job WHERE name = $1 AND id = $2`, [queue.name, id]);
    expect(row).toEqual({ state: 'completed', output: { slept: 1500 } });
  });

  it('gives up on a job longer than the stop timeout and leaves it to be retried', async () => {
    const app = await startTestApp({ JOBS_ENABLED: 'true', JOBS_QUEUES: 'test.*,intents.*', JOBS_POLL_SECONDS: '0.5', JOBS_STOP_TIMEOUT_SECONDS: '1', OVERDUE_SWEEP_SECONDS: '0' });
    const jobs = app.app.get(JobsService);
    const queue = defineQueue<{ ms: number }>(`test.stuck-${uniq()}`);
    let started = false;
    jobs.work(queue, async (job) => {
      started = true;
      await sleep(job.data.ms);
    });
    const id = await jobs.send(queue, { ms: 4000 });
    await until('the job to start', () => started);
    const closing = Date.now();
    await app.close();
    expect(Date.now() - closing).toBeLessThan(3500);
    const [row] = await (await open()).query(`SELECT state, retry_count FROM pgboss.job WHERE name = $1 AND id = $2`, [queue.name, id]);
    // Failed by the stop, with attempts left: waiting for the next process that works this queue.
    expect(row.state).toBe('retry');
    await sleep(3000); // the abandoned handler ends after the app closed; its outcome goes nowhere
  });
});
