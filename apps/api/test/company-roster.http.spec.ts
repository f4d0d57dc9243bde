import { COMPANY_IMPORT_COLUMNS, COMPANY_IMPORT_TYPES, creditCodeCheckChar, CSRF_HEADER, type ApiErrorBody, type CompanyDto, type CompanyImportDto, type CompanyImportRowDto, type CompanyTierEventDto, type Page, type TierPyramidDto } from '@qifu/contracts';
import * as ExcelJS from 'exceljs';
import { randomInt } from 'node:crypto';
import { signInOperator, signUpCompany } from './support/accounts';
import type { Browser } from './support/browser';
import { startTestApp, type TestApp } from './support/test-app';
import { until } from './support/until';

// The roster import over HTTP on the real queue: preview with per-row errors, confirm, a job
// with progress, re-import by credit code; tiers with their history; the pyramid.

let t: TestApp;
let op: Browser;

beforeAll(async () => {
  t = await startTestApp({ LOG_LEVEL: process.env.ROSTER_LOG ?? 'silent', JOBS_ENABLED: 'true', JOBS_QUEUES: 'companies.*', JOBS_POLL_SECONDS: '0.5', OVERDUE_SWEEP_SECONDS: '0' });
  op = await signInOperator(t);
});
afterAll(async () => {
  await t?.close();
});

const ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
/** A valid code: 91 (enterprise), a region, a random organisation part, its check character. */
function creditCode(): string {
  let body = '91440300';
  while (body.length < 17) body += ALPHABET[randomInt(ALPHABET.length)];
  return body + creditCodeCheckChar(body);
}
const uniq = () => randomInt(1e9).toString(36);
const csvCell = (s: string) => (/[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);
const csv = (rows: string[][]) => [COMPANY_IMPORT_COLUMNS as readonly string[], ...rows].map((r) => r.map(csvCell).join(',')).join('\r\n');
const row = (name: string, code: string, tiers = '高新技术企业、瞪羚企业', stage = '成长期') => [name, code, '软件和信息技术服务业', stage, tiers, '王经理', '0591-88886666'];

async function upload(b: Browser, body: string | Buffer, type: string = COMPANY_IMPORT_TYPES.csv, fileName = 'roster.csv') {
  const res = await fetch(`${t.baseUrl}/api/operator/companies/imports?fileName=${encodeURIComponent(fileName)}`, {
    method: 'POST',
    headers: { 'content-type': type, cookie: [...b.cookies].map(([k, v]) => `${k}=${v}`).join('; '), ...(b.csrfToken ? { [CSRF_HEADER]: b.csrfToken } : {}) },
    body: typeof body === "string" ? body : new Uint8Array(body),
  });
  const text = await res.text();
  return { status: res.status, body: (text ? JSON.parse(text) : undefined) as CompanyImportDto & ApiErrorBody };
}

async function finished(id: string): Promise<CompanyImportDto> {
  const seen: number[] = [];
  const done = await until(
    'the import to finish',
    async () => {
      const r = await op.get<CompanyImportDto>(`/api/operator/companies/imports/${id}`);
      expect(r.body.status).not.toBe('failed');
      seen.push(r.body.rowsDone);
      return r.body.status === 'done' && r.body;
    },
    120_000,
    100,
  );
  // Progress only grows.
  expect([...seen].sort((a, b) => a - b)).toEqual(seen);
  return done;
}

async function importFile(body: string | Buffer, type?: string): Promise<{ preview: CompanyImportDto; done: CompanyImportDto }> {
  const preview = await upload(op, body, type);
  expect(preview.status).toBe(201);
  const confirm = await op.post<CompanyImportDto>(`/api/operator/companies/imports/${preview.body.id}/confirm`);
  expect(confirm.status).toBe(200);
  expect(confirm.body.status).toBe('queued');
  return { preview: preview.body, done: await finished(preview.body.id) };
}

const companyByCode = async (code: string) =>
  ((await t.db.query(`SELECT id, name, stage, tiers, size, short_name FROM company WHERE credit_code = $1`, [code])) as { id: string; name: string; stage: string; tiers: string[]; size: string; short_name: string }[])[0];

describe('company import: preview', () => {
  it('reports each bad row with its errors and counts new / update / error', async () => {
    const good = creditCode();
    const dup = creditCode();
    const bad = good.slice(0, 17) + (good[17] === '0' ? '1' : '0');
    const existing = creditCode();
    const existingName = `已在园区${uniq()}有限公司`;
    await importFile(csv([row(existingName, existing)]));
    const file = csv([
      row(`新企业${uniq()}有限公司`, good),
      row('', creditCode()),
      row(`校验码错${uniq()}公司`, bad),
      row(`阶段错${uniq()}公司`, creditCode(), '', '壮年期'),
      row(`梯度错${uniq()}公司`, creditCode(), '高新技术企业、独角兽'),
      row(`重复甲${uniq()}公司`, dup),
      row(`重复乙${uniq()}公司`, dup),
      row(existingName + '改名', existing),
      ['', '', '', '', '', '', ''],
    ]);
    const res = await upload(op, file);
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ status: 'previewed', fileName: 'roster.csv', rowsTotal: 8, rowsNew: 1, rowsUpdate: 1, rowsError: 6, rowsDone: 0 });
    const errs = await op.get<Page<CompanyImportRowDto>>(`/api/operator/companies/imports/${res.body.id}/rows?onlyErrors=true&pageSize=4`);
    expect(errs.body).toMatchObject({ total: 6, page: 1, pageSize: 4 });
    expect(errs.body.items.map((r) => [r.row, r.errors])).toEqual([
      [3, ['name_missing']],
      [4, ['credit_code_invalid']],
      [5, ['stage_unknown']],
      [6, ['tier_unknown']],
    ]);
    const page2 = await op.get<Page<CompanyImportRowDto>>(`/api/operator/companies/imports/${res.body.id}/rows?onlyErrors=true&pageSize=4&page=2`);
    expect(page2.body.items.map((r) => [r.row, r.errors])).toEqual([
      [7, ['credit_code_duplicate']],
      [8, ['credit_code_duplicate']],
    ]);
    const all = await op.get<Page<CompanyImportRowDto>>(`/api/operator/companies/imports/${res.body.id}/rows?pageSize=100`);
    expect(all.body.items.map((r) => r.action)).toEqual(['new', 'error', 'error', 'error', 'error', 'error', 'error', 'update']);
    expect(all.body.items[0]).toMatchObject({ row: 2, creditCode: good, stage: '成长期', tiers: '高新技术企业、瞪羚企业', errors: [] });
  });

  it('refuses a name held by another company', async () => {
    const name = `同名${uniq()}有限公司`;
    await importFile(csv([row(name, creditCode())]));
    const res = await upload(op, csv([row(name, creditCode())]));
    expect(res.body).toMatchObject({ rowsError: 1, rowsNew: 0 });
    const rows = await op.get<Page<CompanyImportRowDto>>(`/api/operator/companies/imports/${res.body.id}/rows`);
    expect(rows.body.items[0].errors).toEqual(['name_taken']);
    const confirm = await op.post(`/api/operator/companies/imports/${res.body.id}/confirm`);
    expect(confirm.status).toBe(409);
    expect((confirm.body as ApiErrorBody).code).toBe('COMPANY_IMPORT_NOTHING_TO_IMPORT');
  });

  it.each([
    ['a header without the columns', 'name,code\nA,B', 400, 'COMPANY_IMPORT_COLUMNS_MISSING'],
    ['a header and no rows', COMPANY_IMPORT_COLUMNS.join(','), 400, 'COMPANY_IMPORT_ROW_COUNT'],
  ])('refuses %s', async (_why, body, status, code) => {
    const res = await upload(op, body);
    expect([res.status, res.body.code]).toEqual([status, code]);
  });

  it('refuses a wrong type, a file that is not what it says, and a file too large', async () => {
    const pdf = await upload(op, '%PDF-1.4', 'application/pdf');
    expect([pdf.status, pdf.body.code]).toEqual([415, 'UNSUPPORTED_MEDIA_TYPE']);
    const json = await op.post('/api/operator/companies/imports', { rows: [] });
    expect([json.status, (json.body as ApiErrorBody).code]).toEqual([415, 'UNSUPPORTED_MEDIA_TYPE']);
    const notXlsx = await upload(op, 'this is no zip', COMPANY_IMPORT_TYPES.xlsx, 'x.xlsx');
    expect([notXlsx.status, notXlsx.body.code]).toEqual([400, 'COMPANY_IMPORT_UNREADABLE']);
    const notUtf8 = await upload(op, Buffer.from([0xe4, 0xbc, 0x81, 0xff, 0xfe, 0x2c]));
    expect([notUtf8.status, notUtf8.body.code]).toEqual([400, 'COMPANY_IMPORT_UNREADABLE']);
    const big = await upload(op, Buffer.alloc(11 * 1024 * 1024, 0x41));
    expect([big.status, big.body.code]).toEqual([413, 'PAYLOAD_TOO_LARGE']);
  });

  it('is for the operator only', async () => {
    const company = await signUpCompany(t);
    const res = await upload(company, csv([row(`越权${uniq()}公司`, creditCode())]));
    expect([res.status, res.body.code]).toEqual([403, 'FORBIDDEN']);
    expect((await company.get('/api/operator/companies/tier-pyramid')).status).toBe(403);
  });
});

describe('company import: the job', () => {
  it('writes an XLSX file, then a re-import by credit code updates the same companies', async () => {
    const codes = Array.from({ length: 30 }, creditCode);
    const tag = uniq();
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('企业名录');
    ws.addRow([...COMPANY_IMPORT_COLUMNS]);
    codes.forEach((c, i) => ws.addRow(row(`表格企业${tag}-${i}有限公司`, c, i % 2 ? '专精特新“小巨人”' : '科技型中小企业')));
    const xlsx = Buffer.from(await wb.xlsx.writeBuffer());
    const first = await importFile(xlsx, COMPANY_IMPORT_TYPES.xlsx);
    expect(first.preview).toMatchObject({ rowsTotal: 30, rowsNew: 30, rowsUpdate: 0, rowsError: 0 });
    expect(first.done).toMatchObject({ status: 'done', rowsDone: 30 });
    expect(await companyByCode(codes[1])).toMatchObject({ name: `表格企业${tag}-1有限公司`, tiers: ['little_giant'], size: 'small', stage: 'growth' });

    const again = await importFile(csv(codes.map((c, i) => row(`表格企业${tag}-${i}有限公司`, c, '单项冠军', '成熟期'))));
    expect(again.preview).toMatchObject({ rowsNew: 0, rowsUpdate: 30 });
    expect(again.done.rowsDone).toBe(30);
    const [{ n }] = await t.db.query(`SELECT count(*)::int AS n FROM company WHERE credit_code = ANY($1)`, [codes]);
    expect(n).toBe(30);
    const c1 = await companyByCode(codes[1]);
    expect(c1).toMatchObject({ tiers: ['single_champion'], stage: 'mature' });
    // The import's tier changes are in the company's history.
    const events = await op.get<Page<CompanyTierEventDto>>(`/api/operator/companies/${c1.id}/tier-events`);
    expect(events.body.items.map((e) => [e.tier, e.change, e.source]).sort()).toEqual([
      ['little_giant', 'added', 'import'],
      ['little_giant', 'removed', 'import'],
      ['single_champion', 'added', 'import'],
    ]);
  });

  it('confirms once', async () => {
    const { preview } = await importFile(csv([row(`一次${uniq()}公司`, creditCode())]));
    const twice = await op.post(`/api/operator/companies/imports/${preview.id}/confirm`);
    expect([twice.status, (twice.body as ApiErrorBody).code]).toEqual([409, 'COMPANY_IMPORT_NOT_PREVIEWED']);
    expect((await op.get(`/api/operator/companies/imports/00000000-0000-4000-8000-000000000000`)).status).toBe(404);
  });

  it('imports 15,000 rows in batches, progress reaching the total', async () => {
    const tag = uniq();
    const codes = Array.from({ length: 15_000 }, creditCode);
    const body = csv(codes.map((c, i) => row(`批量企业${tag}-${i}有限公司`, c, i % 3 ? '高新技术企业' : '高新技术企业、瞪羚企业')));
    const started = Date.now();
    const preview = await upload(op, body);
    const previewMs = Date.now() - started;
    expect(preview.body).toMatchObject({ rowsTotal: 15_000, rowsNew: 15_000, rowsError: 0 });
    const confirmAt = Date.now();
    await op.post(`/api/operator/companies/imports/${preview.body.id}/confirm`);
    const done = await finished(preview.body.id);
    const jobMs = Date.now() - confirmAt;
    expect(done).toMatchObject({ status: 'done', rowsDone: 15_000, rowsTotal: 15_000 });
    const [{ n }] = await t.db.query(`SELECT count(*)::int AS n FROM company WHERE credit_code = ANY($1)`, [codes]);
    expect(n).toBe(15_000);
    // Printed, not asserted: the machine's speed is not the code's.
    console.log(`15,000-row import: preview ${previewMs} ms (${Math.round(body.length / 1024)} KiB CSV), job ${jobMs} ms, ${Math.round(15_000 / (jobMs / 1000))} rows/s`);
  }, 180_000);
});

describe('tiers and the pyramid', () => {
  it('sets a company’s tiers with a note, keeps the history, counts the pyramid exactly', async () => {
    const code = creditCode();
    await importFile(csv([row(`梯度${uniq()}有限公司`, code, '科技型中小企业')]));
    const c = await companyByCode(code);
    const before = await op.get<TierPyramidDto>('/api/operator/companies/tier-pyramid');
    const put = await op.request<CompanyDto>('PUT', `/api/operator/companies/${c.id}/tiers`, { tiers: ['high_tech', 'tech_sme'], expectedTiers: ['tech_sme'], note: '2026 年认定' });
    expect(put.status).toBe(200);
    expect(put.body.tiers).toEqual(['high_tech', 'tech_sme']);
    const after = await op.get<TierPyramidDto>('/api/operator/companies/tier-pyramid');
    const count = (p: TierPyramidDto, tier: string) => p.tiers.find((x) => x.tier === tier)!.companies;
    expect(count(after.body, 'high_tech')).toBe(count(before.body, 'high_tech') + 1);
    expect(count(after.body, 'tech_sme')).toBe(count(before.body, 'tech_sme'));
    const [exact] = await t.db.query(`SELECT count(*)::int AS n FROM company WHERE 'high_tech' = ANY(tiers)`);
    expect(count(after.body, 'high_tech')).toBe(exact.n);
    expect(after.body.tiers.map((x) => x.tier)).toHaveLength(12);

    // The tiers the caller saw are its version: a stale set changes nothing and is a 409.
    const stale = await op.request('PUT', `/api/operator/companies/${c.id}/tiers`, { tiers: [], expectedTiers: ['tech_sme'], note: '过期的页面' });
    expect([stale.status, (stale.body as ApiErrorBody).code]).toEqual([409, 'COMPANY_TIERS_CONFLICT']);
    expect((await op.get<CompanyDto>(`/api/operator/companies/${c.id}`)).body.tiers).toEqual(['high_tech', 'tech_sme']);
    // In any order.
    const fresh = await op.request('PUT', `/api/operator/companies/${c.id}/tiers`, { tiers: ['high_tech'], expectedTiers: ['tech_sme', 'high_tech'], note: '复核未通过' });
    expect(fresh.status).toBe(200);
    const events = await op.get<Page<CompanyTierEventDto>>(`/api/operator/companies/${c.id}/tier-events`);
    expect(events.body.items.map((e) => [e.tier, e.change, e.source, e.note])).toEqual([
      ['tech_sme', 'removed', 'operator', '复核未通过'],
      ['high_tech', 'added', 'operator', '2026 年认定'],
      ['tech_sme', 'added', 'import', ''],
    ]);
    expect(events.body.items[0].actorName).toBe('运营中心测试');

    const bad = await op.request('PUT', `/api/operator/companies/${c.id}/tiers`, { tiers: ['unicorn_of_the_year'], expectedTiers: [] });
    expect([bad.status, (bad.body as ApiErrorBody).code]).toEqual([400, 'VALIDATION_FAILED']);
    const missing = await op.request('PUT', `/api/operator/companies/00000000-0000-4000-8000-000000000000/tiers`, { tiers: [], expectedTiers: [] });
    expect([missing.status, (missing.body as ApiErrorBody).code]).toEqual([404, 'COMPANY_NOT_FOUND']);
    const noVersion = await op.request('PUT', `/api/operator/companies/${c.id}/tiers`, { tiers: [] });
    expect([noVersion.status, (noVersion.body as ApiErrorBody).code]).toEqual([400, 'VALIDATION_FAILED']);
  });
});
