import type { ApiErrorBody, AuditEntryDto, FailedJobDto, IntentDetailDto, JobsSummaryDto, Page } from '@qifu/contracts';
import { randomUUID } from 'node:crypto';
import { OVERDUE_SWEEP_QUEUE } from '../src/modules/intents/overdue-sweep';
import { defineQueue, type Job } from '../src/modules/jobs/job-queue';
import { JobsService } from '../src/modules/jobs/jobs.service';
import { signInAsProviderAdmin, signInOperator, signUpCompany, signUpProvider, uniq } from './support/accounts';
import { Browser } from './support/browser';
import { startTestApp, type TestApp } from './support/test-app';
import { until } from './support/until';

// The job queue on the database the suite runs on: a real PostgreSQL with DATABASE_URL, else the
// embedded PGlite (pg-boss then shares the app's one connection).

let t: TestApp;
let jobs: JobsService;

beforeAll(async () => {
  // An hour's period: the sweep's worker is on, and the test below queues its jobs itself.
  // Only its own queues: the suites share the database, and so the queue, with the mail suite.
  t = await startTestApp({ JOBS_ENABLED: 'true', JOBS_QUEUES: 'test.*,intents.*', JOBS_POLL_SECONDS: '0.5', OVERDUE_SWEEP_SECONDS: '3600' });
  jobs = t.app.get(JobsService);
});
afterAll(async () => {
  await t?.close();
});

const code = (res: { body: unknown }) => (res.body as ApiErrorBody).code;


const jobState = async (queue: string, id: string): Promise<string | undefined> =>
  (await t.db.query(`SELECT state FROM pgboss.job WHERE name = $1 AND id = $2`, [queue, id]))[0]?.state;

describe('the job queue', () => {
  it('runs a queued job once and records it completed', async () => {
    const queue = defineQueue<{ n: number }>(`test.echo-${uniq()}`);
    const seen: Job<{ n: number }>[] = [];
    jobs.work(queue, async (job) => {
      seen.push(job);
      return { doubled: job.data.n * 2 };
    });
    const id = await jobs.send(queue, { n: 21 });
    expect(id).toBeTruthy();
    await until('completion', async () => (await jobState(queue.name, id!)) === 'completed');
    expect(seen).toHaveLength(1);
    expect(seen[0]).toMatchObject({ id, queue: queue.name, data: { n: 21 }, attempt: 1, maxAttempts: 4 });
    const [row] = await t.db.query(`SELECT output FROM pgboss.job WHERE name = $1 AND id = $2`, [queue.name, id]);
    expect(row.output).toEqual({ doubled: 42 });
  });

  (process.env.QIFU_TEST_EMBEDDED ? it.skip : it)('leaves the jobs of queues outside JOBS_QUEUES to the processes that work them', async () => {
    const other = await startTestApp({ JOBS_ENABLED: 'true', JOBS_QUEUES: 'mail.*, sms.deliver', JOBS_POLL_SECONDS: '0.5', OVERDUE_SWEEP_SECONDS: '0' });
    try {
      const queue = defineQueue<{ n: number }>(`test.elsewhere-${uniq()}`);
      const ranThere: number[] = [];
      other.app.get(JobsService).work(queue, async (job) => void ranThere.push(job.data.n));
      const id = await jobs.send(queue, { n: 1 });
      // Four polling periods of the other process: it never takes the job.
      await new Promise((r) => setTimeout(r, 2000));
      expect(await jobState(queue.name, id!)).toBe('created');
      jobs.work(queue, async () => undefined);
      await until('completion here', async () => (await jobState(queue.name, id!)) === 'completed');
      expect(ranThere).toEqual([]);
    } finally {
      await other.close();
    }
  });

  it('queues in the caller’s transaction: a rolled-back change leaves no job', async () => {
    const queue = defineQueue<{ n: number }>(`test.tx-${uniq()}`);
    await jobs.send(queue, { n: 0 }); // creates the queue
    await t.db
      .transaction(async (m) => {
        await jobs.send(queue, { n: 1 }, { manager: m });
        throw new Error('roll back');
      })
      .catch(() => undefined);
    const id = await t.db.transaction((m) => jobs.send(queue, { n: 2 }, { manager: m }));
    const rows = await t.db.query(`SELECT id, data FROM pgboss.job WHERE name = $1 ORDER BY created_on`, [queue.name]);
    expect(rows.map((r: { data: { n: number } }) => r.data.n)).toEqual([0, 2]);
    expect(rows[1].id).toBe(id);
  });

  it('stores a cron schedule, for whichever process works jobs to fire', async () => {
    const queue = defineQueue<{ digest: string }>(`test.digest-${uniq()}`);
    jobs.schedule(queue, '30 8 * * *', { digest: 'daily' });
    const rows = await until('the schedule', async () => {
      const found = await t.db.query(`SELECT cron, timezone, data FROM pgboss.schedule WHERE name = $1`, [queue.name]);
      return found.length > 0 && found;
    });
    expect(rows).toEqual([{ cron: '30 8 * * *', timezone: 'Asia/Shanghai', data: { digest: 'daily' } }]);
  });

  it('keeps one job per slot for a singleton key', async () => {
    const queue = defineQueue<Record<string, never>>(`test.throttle-${uniq()}`);
    const first = await jobs.send(queue, {}, { singletonKey: 'k', singletonSeconds: 600 });
    const second = await jobs.send(queue, {}, { singletonKey: 'k', singletonSeconds: 600 });
    expect(first).toBeTruthy();
    expect(second).toBeNull();
  });
});

describe('failures, the dead-letter queue and the operator console', () => {
  it('retries with backoff, dead-letters, lists it, and re-runs it on the operator’s retry', async () => {
    const queue = defineQueue<{ to: string }>(`test.flaky-${uniq()}`, { retryLimit: 2, retryDelaySeconds: 1, retryBackoff: true });
    let failing = true;
    const attempts: { attempt: number; at: number }[] = [];
    jobs.work(queue, async (job) => {
      attempts.push({ attempt: job.attempt, at: Date.now() });
      if (failing) throw new Error('550 mailbox unavailable');
      return { sent: true };
    });
    const id = (await jobs.send(queue, { to: 'zhang@park.example' }))!;
    await until('failure for good', async () => (await jobState(queue.name, id)) === 'failed', 20000);
    expect(attempts.map((a) => a.attempt)).toEqual([1, 2, 3]);
    // Backoff: delay × 2^n / 2 plus up to as much jitter → 1–2 s, then 2–4 s.
    expect(attempts[1].at - attempts[0].at).toBeGreaterThanOrEqual(900);
    expect(attempts[2].at - attempts[1].at).toBeGreaterThanOrEqual(1900);
    const parked = await t.db.query(`SELECT data, state FROM pgboss.job WHERE name = $1`, [`${queue.name}.dead-letter`]);
    expect(parked).toEqual([{ data: { to: 'zhang@park.example' }, state: 'created' }]);

    const op = await signInOperator(t);
    const summary = await op.get<JobsSummaryDto>('/api/operator/jobs/summary');
    expect(summary.status).toBe(200);
    expect(summary.body.workersEnabled).toBe(true);
    expect(summary.body.queues.find((q) => q.queue === queue.name)).toEqual({ queue: queue.name, queued: 0, active: 0, failed: 1, deadLettered: 1 });
    expect(summary.body.queues.some((q) => q.queue.endsWith('.dead-letter') || q.queue.startsWith('__pgboss'))).toBe(false);
    // The same figures reach Prometheus (GET /api/metrics, from loopback).
    const scrape = async () => (await t.get<string>('/api/metrics')).body;
    const gauge = (text: string, state: string) => Number(text.match(new RegExp(`^job_queue_jobs\\{queue="${queue.name.replace(/\./g, '\\.')}",state="${state}"\\} (\\d+)$`, 'm'))?.[1] ?? NaN);
    const failedScrape = await scrape();
    expect([gauge(failedScrape, 'failed'), gauge(failedScrape, 'dead_lettered'), gauge(failedScrape, 'queued')]).toEqual([1, 1, 0]);

    const list = await op.get<Page<FailedJobDto>>(`/api/operator/jobs/failed?queue=${queue.name}`);
    expect(list.status).toBe(200);
    expect(list.body).toMatchObject({ total: 1, page: 1, pageSize: 20 });
    expect(list.body.items[0]).toMatchObject({ id, queue: queue.name, error: '550 mailbox unavailable', attempts: 3, dataSummary: '{"to":"zhang@park.example"}' });
    expect(Date.parse(list.body.items[0].failedAt!)).toBeGreaterThanOrEqual(Date.parse(list.body.items[0].startedAt!));
    const all = await op.get<Page<FailedJobDto>>('/api/operator/jobs/failed?pageSize=100');
    expect(all.body.items.map((j) => j.id)).toContain(id);

    failing = false;
    const retried = await op.post(`/api/operator/jobs/${id}/retry`);
    expect(retried.status).toBe(200);
    expect(retried.body).toEqual({ id, queue: queue.name });
    await until('the re-run', async () => (await jobState(queue.name, id)) === 'completed');
    expect(attempts.map((a) => a.attempt)).toEqual([1, 2, 3, 4]);
    const after = await op.get<JobsSummaryDto>('/api/operator/jobs/summary');
    expect(after.body.queues.find((q) => q.queue === queue.name)).toMatchObject({ failed: 0, deadLettered: 0 });
    const retriedScrape = await scrape();
    expect([gauge(retriedScrape, 'failed'), gauge(retriedScrape, 'dead_lettered')]).toEqual([0, 0]);
    expect((await op.get<Page<FailedJobDto>>(`/api/operator/jobs/failed?queue=${queue.name}`)).body.total).toBe(0);

    const again = await op.post(`/api/operator/jobs/${id}/retry`);
    expect([again.status, code(again)]).toEqual([409, 'JOB_NOT_FAILED']);
    const unknown = await op.post(`/api/operator/jobs/${randomUUID()}/retry`);
    expect([unknown.status, code(unknown)]).toEqual([404, 'JOB_NOT_FOUND']);
    expect((await op.post('/api/operator/jobs/not-a-job/retry')).status).toBe(400);
    expect((await op.get('/api/operator/jobs/failed?queue=a%20b')).status).toBe(400);
    expect((await op.get('/api/operator/jobs/failed?page=0')).status).toBe(400);

    const audit = await op.get<Page<AuditEntryDto>>('/api/audit-log?action=job.retried');
    expect(audit.body.items[0]).toMatchObject({ action: 'job.retried', detail: { jobId: id, queue: queue.name } });
    expect(audit.body.items.filter((e) => (e.detail as { jobId?: string }).jobId === id)).toHaveLength(1);
  });

  it('is for the operator only', async () => {
    const anonymous = new Browser(t.baseUrl);
    const company = await signUpCompany(t);
    const provider = await signUpProvider(t, { approve: true });
    const routes = [
      (b: Browser) => b.get('/api/operator/jobs/summary'),
      (b: Browser) => b.get('/api/operator/jobs/failed'),
      (b: Browser) => b.post(`/api/operator/jobs/${randomUUID()}/retry`),
    ];
    for (const call of routes) {
      expect((await call(anonymous)).status).toBe(401);
      expect((await call(company)).status).toBe(403);
      expect((await call(provider)).status).toBe(403);
    }
  });
});

describe('the overdue sweep as a job', () => {
  it('flags each overdue intent once however often its job runs', async () => {
    const [s] = await t.db.query(`SELECT id, provider_id FROM service_listing WHERE status = 'published' ORDER BY title LIMIT 1`);
    const company = await signUpCompany(t);
    const provider = await signInAsProviderAdmin(t, s.provider_id);
    const created = await company.post<IntentDetailDto>('/api/intents', {
      serviceId: s.id,
      need: '需要代办社保开户，下月起缴纳。',
      budgetNegotiable: true,
      wishedStartDate: '2026-12-01',
      contactName: '王经理',
      contactPhone: '13800001111',
    });
    expect(created.status).toBe(201);
    const intentId = created.body.id;
    await t.db.query(`UPDATE intent SET response_due_at = now() - interval '1 hour' WHERE id = $1`, [intentId]);

    const ids = [await jobs.send(OVERDUE_SWEEP_QUEUE, {}), await jobs.send(OVERDUE_SWEEP_QUEUE, {})];
    for (const id of ids) await until('the sweep', async () => (await jobState(OVERDUE_SWEEP_QUEUE.name, id!)) === 'completed');
    const flags: { user_id: string }[] = await t.db.query(`SELECT user_id FROM notification WHERE intent_id = $1 AND kind = 'overdue'`, [intentId]);
    const recipients = new Set(flags.map((f) => f.user_id));
    expect(recipients.has(provider.me!.user.id)).toBe(true);
    expect(flags.length).toBe(recipients.size);
    const outputs = await t.db.query(`SELECT output FROM pgboss.job WHERE name = $1 AND id = ANY($2::uuid[])`, [OVERDUE_SWEEP_QUEUE.name, ids]);
    // One run flagged it (with whatever else was due), the other found nothing left.
    expect(outputs.map((o: { output: { flagged: number } }) => o.output.flagged).sort((a: number, b: number) => a - b)[0]).toBe(0);
  });
});
