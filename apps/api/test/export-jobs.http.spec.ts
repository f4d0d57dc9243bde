import type { ApiErrorBody, CreateExportResultDto, ExportJobDto, Page } from '@qifu/contracts';
import * as ExcelJS from 'exceljs';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ExportJobsService } from '../src/modules/stats/export-jobs.service';
import { resolvePeriod } from '../src/modules/stats/stats-period';
import { signInOperator, signUpCompany } from './support/accounts';
import type { Browser } from './support/browser';
import { startTestApp, type TestApp } from './support/test-app';
import { until } from './support/until';

// Exports above EXPORT_JOB_THRESHOLD_ROWS (5 here) run as jobs on the real queue, into files in
// EXPORT_DIR, downloadable by their requester only until they expire.

const dir = mkdtempSync(join(tmpdir(), 'qifu-exports-'));
let t: TestApp;
let op: Browser;
let service: ExportJobsService;
const today = resolvePeriod({}).to;
const from = today.replace(/^(\d{4})/, (y) => String(Number(y) - 1));
const period = { from, to: today };

beforeAll(async () => {
  t = await startTestApp({ EXPORT_JOB_THRESHOLD_ROWS: '5', EXPORT_DIR: dir, JOBS_ENABLED: 'true', JOBS_QUEUES: 'exports.*', JOBS_POLL_SECONDS: '0.5', OVERDUE_SWEEP_SECONDS: '0' });
  op = await signInOperator(t);
  service = t.app.get(ExportJobsService);
});
afterAll(async () => {
  await t?.close();
});

const code = (res: { body: unknown }) => (res.body as ApiErrorBody).code;


async function bytes(b: Browser, path: string): Promise<{ status: number; body: Buffer; headers: Headers }> {
  const res = await fetch(t.baseUrl + path, { headers: { cookie: [...b.cookies].map(([k, v]) => `${k}=${v}`).join('; ') } });
  return { status: res.status, body: Buffer.from(await res.arrayBuffer()), headers: res.headers };
}

async function readyJob(format: 'csv' | 'xlsx'): Promise<ExportJobDto> {
  const res = await op.post<CreateExportResultDto>('/api/stats/exports', { subject: 'intents', format, ...period });
  expect(res.status).toBe(200);
  if (res.body.mode !== 'job') throw new Error(`expected a job, got ${JSON.stringify(res.body)}`);
  expect(res.body.job).toMatchObject({ status: 'queued', format, from, to: today, rowsDone: 0, downloadUrl: null });
  const id = res.body.job.id;
  return until('the export to be ready', async () => {
    const j = await op.get<ExportJobDto>(`/api/stats/exports/${id}`);
    expect(j.body.status).not.toBe('failed');
    return j.body.status === 'ready' && j.body;
  }, 30000, 200);
}

const filesOf = (id: string) => readdirSync(dir).filter((n) => n.startsWith(id));

describe('exports as jobs', () => {
  it('streams at once at or below the threshold', async () => {
    const small = { subject: 'intents', format: 'csv', from: '2020-01-01', to: '2020-01-02' };
    const res = await op.post<CreateExportResultDto>('/api/stats/exports', small);
    expect(res.body).toEqual({ mode: 'direct', rows: 0, url: '/api/stats/export/intents.csv?from=2020-01-01&to=2020-01-02' });
    expect((await bytes(op, (res.body as { url: string }).url)).status).toBe(200);
  });

  it('writes a CSV job’s file: the same bytes as the streamed export, progress complete, one file', async () => {
    const job = await readyJob('csv');
    const direct = await bytes(op, `/api/stats/export/intents.csv?from=${from}&to=${today}`);
    const file = await bytes(op, job.downloadUrl!);
    expect(file.status).toBe(200);
    expect(file.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(file.headers.get('content-disposition')).toContain(`qifu-intents-${from}_${today}.csv`);
    expect(file.body.equals(direct.body)).toBe(true);
    const rows = Number(direct.headers.get('x-total-rows'));
    expect(rows).toBeGreaterThan(5);
    expect(job).toMatchObject({ rowsDone: rows, rowsTotal: rows, bytes: file.body.length });
    expect(Date.parse(job.expiresAt!) - Date.parse(job.finishedAt!)).toBe(24 * 3600_000);
    expect(filesOf(job.id)).toEqual([`${job.id}.csv`]);

    const list = await op.get<Page<ExportJobDto>>('/api/stats/exports?pageSize=1');
    expect(list.body).toMatchObject({ page: 1, pageSize: 1 });
    expect(list.body.items[0].id).toBe(job.id);
    expect(list.body.total).toBeGreaterThanOrEqual(1);
  });

  it('writes an XLSX job’s file that ExcelJS opens: Chinese header, a row per intent', async () => {
    const job = await readyJob('xlsx');
    const file = await bytes(op, job.downloadUrl!);
    expect(file.headers.get('content-type')).toContain('spreadsheetml');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(file.body as unknown as ArrayBuffer);
    const sheet = wb.worksheets[0];
    expect(sheet.name).toBe('合作意向');
    expect(sheet.rowCount).toBe(job.rowsTotal + 1);
    expect(sheet.getRow(1).getCell(1).value).toBe('编号');
    expect(sheet.getRow(1).getCell(4).value).toBe('企业');
    // The same rows, in the same order, as the CSV.
    const csv = (await bytes(op, `/api/stats/export/intents.csv?from=${from}&to=${today}`)).body.toString('utf8').slice(1).split('\r\n');
    const first = csv[1].split(',');
    expect(sheet.getRow(2).getCell(1).value).toBe(first[0]);
    expect(sheet.getRow(2).getCell(2).value).toBe(first[1]);
    const last = csv[csv.length - 2].split(',');
    expect(sheet.getRow(job.rowsTotal + 1).getCell(1).value).toBe(last[0]);
  });

  it('is the requester’s only: another operator gets 404, a company 403', async () => {
    const [job] = (await op.get<Page<ExportJobDto>>('/api/stats/exports')).body.items;
    const other = await signInOperator(t, 'member');
    for (const path of [`/api/stats/exports/${job.id}`, `/api/stats/exports/${job.id}/file`]) {
      const res = await other.get(path);
      expect(res.status).toBe(404);
      expect(code(res)).toBe('EXPORT_NOT_FOUND');
    }
    expect((await other.get<Page<ExportJobDto>>('/api/stats/exports')).body.items).toEqual([]);
    const company = await signUpCompany(t);
    expect((await company.get(`/api/stats/exports/${job.id}/file`)).status).toBe(403);
    expect((await company.post('/api/stats/exports', { subject: 'intents', format: 'csv', ...period })).status).toBe(403);
  });

  it('refuses bad input with 400 and a field', async () => {
    for (const body of [{ subject: 'intents', format: 'pdf' }, { subject: 'users', format: 'csv' }, { subject: 'intents', format: 'csv', from: '2026-02-30' }]) {
      const res = await op.post('/api/stats/exports', body);
      expect(res.status).toBe(400);
      expect(code(res)).toBe('VALIDATION_FAILED');
    }
    expect((await op.get('/api/stats/exports/not-a-uuid')).status).toBe(400);
  });

  it('answers 409 before the file is ready', async () => {
    const [row] = await t.db.query(
      `INSERT INTO export_job (requested_by, subject, format, period_from, period_to, rows_total) VALUES ($1, 'intents', 'csv', $2, $3, 10) RETURNING id`,
      [op.me!.user.id, from, today],
    );
    const res = await op.get(`/api/stats/exports/${row.id}/file`);
    expect(res.status).toBe(409);
    expect(code(res)).toBe('EXPORT_NOT_READY');
  });

  it('is idempotent: a job run twice, or twice at once, leaves one file and one completed row', async () => {
    const [row] = await t.db.query(
      `INSERT INTO export_job (requested_by, subject, format, period_from, period_to, rows_total) VALUES ($1, 'intents', 'xlsx', $2, $3, 0) RETURNING id`,
      [op.me!.user.id, from, today],
    );
    const job = { data: { exportId: row.id as string }, attempt: 1, maxAttempts: 3 };
    const runs = await Promise.all([service.run(job), service.run(job)]);
    expect(runs.filter((r) => r.rows !== undefined).length).toBeGreaterThanOrEqual(1);
    const again = await service.run(job);
    expect(again).toEqual({ exportId: row.id, skipped: 'ready' });
    expect(filesOf(row.id)).toEqual([`${row.id}.xlsx`]);
    const done = await op.get<ExportJobDto>(`/api/stats/exports/${row.id}`);
    const [{ n }] = await t.db.query(`SELECT count(*)::int AS n FROM intent WHERE created_at >= $1 AND created_at < $2`, [resolvePeriod(period).start, resolvePeriod(period).end]);
    expect(done.body).toMatchObject({ status: 'ready', rowsDone: n, rowsTotal: n });
    expect(done.body.bytes).toBe(readFileSync(join(dir, `${row.id}.xlsx`)).length);
  });

  it('expires: 410 with a code after the expiry, and the cleanup job deletes the file and strays', async () => {
    const job = (await op.get<Page<ExportJobDto>>('/api/stats/exports?pageSize=50')).body.items.find((j) => j.status === 'ready' && j.format === 'csv')!;
    await t.db.query(`UPDATE export_job SET expires_at = now() - interval '1 minute' WHERE id = $1`, [job.id]);
    const res = await op.get(`/api/stats/exports/${job.id}/file`);
    expect(res.status).toBe(410);
    expect(code(res)).toBe('EXPORT_EXPIRED');
    expect((await op.get<ExportJobDto>(`/api/stats/exports/${job.id}`)).body).toMatchObject({ status: 'expired', downloadUrl: null });
    // A file no live job owns (a crashed attempt's leftover) goes too; a ready job's stays.
    const stray = '00000000-0000-4000-8000-0000000000ff.csv';
    writeFileSync(join(dir, stray), 'x');
    const kept = (await op.get<Page<ExportJobDto>>('/api/stats/exports?pageSize=50')).body.items.find((j) => j.status === 'ready')!;
    const result = await service.cleanup();
    expect(result.expired).toBe(1);
    expect(result.strays).toBeGreaterThanOrEqual(1);
    expect(existsSync(join(dir, `${job.id}.csv`))).toBe(false);
    expect(existsSync(join(dir, stray))).toBe(false);
    expect(existsSync(join(dir, `${kept.id}.${kept.format}`))).toBe(true);
    const [after] = await t.db.query(`SELECT status FROM export_job WHERE id = $1`, [job.id]);
    expect(after.status).toBe('expired');
    expect(code(await op.get(`/api/stats/exports/${job.id}/file`))).toBe('EXPORT_EXPIRED');
  });
});
