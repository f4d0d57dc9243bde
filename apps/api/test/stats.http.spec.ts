import type { ApiErrorBody, StatsBreakdownDto, StatsOverviewDto, StatsTrendDto } from '@qifu/contracts';
import * as ExcelJS from 'exceljs';
import { resolvePeriod } from '../src/modules/stats/stats-period';
import { signInOperator, signUpCompany } from './support/accounts';
import { figures, nowFigures, rawIntents, type RawIntent } from './support/stats-recompute';
import type { Browser } from './support/browser';
import { startTestApp, type TestApp } from './support/test-app';

let t: TestApp;
let op: Browser;
beforeAll(async () => {
  t = await startTestApp({ OVERDUE_SWEEP_SECONDS: '0' });
  op = await signInOperator(t);
});
afterAll(async () => {
  await t?.close();
});

const raw = (from: string, to: string): Promise<RawIntent[]> => rawIntents(t.db, from, to);

const PERIODS = [resolvePeriod({}), resolvePeriod({ from: resolvePeriod({}).to.replace(/^(\d{4})/, (y) => String(Number(y) - 1)) })];

describe.each(PERIODS.map((p) => [p.from, p.to]))('statistics for %s … %s, recomputed from the rows', (from, to) => {
  let rows: RawIntent[];
  beforeAll(async () => {
    rows = await raw(from, to);
  });

  it('has seeded data to count', () => {
    expect(rows.length).toBeGreaterThan(5);
  });

  it('overview and funnel', async () => {
    const res = await op.get<StatsOverviewDto>(`/api/stats/overview?from=${from}&to=${to}`);
    expect(res.status).toBe(200);
    const expected = figures(rows);
    expect(res.body.cohort).toEqual(expected);
    expect(res.body.companiesServed).toBe(new Set(rows.map((i) => i.company_id)).size);
    expect(res.body.funnel.map((f) => f.count)).toEqual([
      expected.created, expected.accepted, expected.negotiating, expected.signed, expected.completed, expected.rated,
    ]);
    const snap = await nowFigures(t.db);
    expect(res.body).toMatchObject({ activeProviders: snap.providers, publishedServices: snap.services, overdueNow: snap.overdue, period: { from, to } });
  });

  it('trend by day and by month', async () => {
    const day = await op.get<StatsTrendDto>(`/api/stats/trend?from=${from}&to=${to}&granularity=day`);
    const cstDay = (d: Date) => new Date(new Date(d).getTime() + 8 * 3600000).toISOString().slice(0, 10);
    const createdByDay = new Map<string, number>();
    for (const i of rows) createdByDay.set(cstDay(i.created_at), (createdByDay.get(cstDay(i.created_at)) ?? 0) + 1);
    const days = (Date.parse(to) - Date.parse(from)) / 86400000 + 1;
    expect(day.body.points).toHaveLength(days);
    for (const pt of day.body.points) expect(pt.created).toBe(createdByDay.get(pt.bucket) ?? 0);
    const month = await op.get<StatsTrendDto>(`/api/stats/trend?from=${from}&to=${to}&granularity=month`);
    expect(month.body.points.reduce((n, pt) => n + pt.created, 0)).toBe(rows.length);
    const p = resolvePeriod({ from, to });
    const [signed] = await t.db.query(`SELECT count(*)::int AS n FROM intent WHERE signed_at >= $1 AND signed_at < $2`, [p.start, p.end]);
    expect(day.body.points.reduce((n, pt) => n + pt.signed, 0)).toBe(signed.n);
  });

  it('breakdown by provider and by category', async () => {
    const byProvider = await op.get<StatsBreakdownDto>(`/api/stats/breakdown/provider?from=${from}&to=${to}`);
    for (const row of byProvider.body.rows) {
      const { key, label, ...figs } = row;
      expect(label.length).toBeGreaterThan(0);
      expect(figs).toEqual(figures(rows.filter((i) => i.provider_id === key)));
    }
    const byCategory = await op.get<StatsBreakdownDto>(`/api/stats/breakdown/category?from=${from}&to=${to}`);
    expect(byCategory.body.rows.reduce((n, row) => n + row.created, 0)).toBe(rows.length);
    for (const row of byCategory.body.rows) {
      const { key, ...rest } = row;
      const figs = { ...rest, label: undefined };
      delete figs.label;
      expect(figs).toEqual(figures(rows.filter((i) => i.category_code === key)));
    }
  });

  it('breakdown by company stage and tier', async () => {
    await expectProfileBreakdowns(from, to, rows);
  });
});

/** The stage and tier breakdowns of a period against its rows, grouped by each company's current stage and tiers. */
async function expectProfileBreakdowns(from: string, to: string, rows: RawIntent[]) {
  const companies: { id: string; stage: string; tiers: string[] }[] = await t.db.query(`SELECT id, stage, tiers FROM company`);
  const byId = new Map(companies.map((c) => [c.id, c]));
  const tiersOf = (i: RawIntent) => {
    const ts = byId.get(i.company_id)?.tiers ?? [];
    return ts.length ? ts : ['none'];
  };
  const inGroup = {
    stage: (i: RawIntent, key: string) => byId.get(i.company_id)?.stage === key,
    tier: (i: RawIntent, key: string) => tiersOf(i).includes(key),
  };
  for (const [dimension, matches] of Object.entries(inGroup)) {
    const res = await op.get<StatsBreakdownDto>(`/api/stats/breakdown/${dimension}?from=${from}&to=${to}`);
    expect(res.status).toBe(200);
    expect(res.body.rows.length).toBeGreaterThan(0);
    for (const row of res.body.rows) {
      const { key, ...rest } = row;
      const figs = { ...rest, label: undefined };
      delete figs.label;
      expect(figs).toEqual(figures(rows.filter((i) => matches(i, key))));
    }
  }
}

// A company's stage and tiers are its current ones: changing them moves its whole history, and
// an intent's later status changes count under the new ones.
describe('stage and tier breakdowns when companies change', () => {
  it('follow a change of tiers and stage, then status changes of the company’s intents', async () => {
    const [from, to] = [PERIODS[1].from, PERIODS[1].to];
    const [busy] = await t.db.query(
      `SELECT i.company_id AS id, count(*)::int AS n FROM intent i WHERE i.created_at >= $1 AND i.created_at < $2
        GROUP BY 1 HAVING count(*) FILTER (WHERE i.status IN ('submitted', 'accepted', 'negotiating')) > 0 ORDER BY 2 DESC, 1 LIMIT 1`,
      [PERIODS[1].start, PERIODS[1].end],
    );
    expect(busy.n).toBeGreaterThan(1);
    const [before] = await t.db.query(`SELECT stage, tiers FROM company WHERE id = $1`, [busy.id]);
    const stage = before.stage === 'mature' ? 'startup' : 'mature';
    const [open] = await t.db.query(
      `SELECT id, status, accepted_at, first_response_at, negotiating_at, signed_at, signed_on, contract_amount FROM intent
        WHERE company_id = $1 AND status IN ('submitted', 'accepted', 'negotiating') AND created_at >= $2 AND created_at < $3
        ORDER BY created_at DESC LIMIT 1`,
      [busy.id, PERIODS[1].start, PERIODS[1].end],
    );
    try {
      // Several tiers at once, a tier given twice (counted once), then none.
      await t.db.query(`UPDATE company SET stage = $2, tiers = '{little_giant,gazelle,little_giant}' WHERE id = $1`, [busy.id, stage]);
      await expectProfileBreakdowns(from, to, await raw(from, to));
      // Accepted and answered an hour later, then signed: the counts and percentiles move under the new keys.
      await t.db.query(
        `UPDATE intent SET status = 'signed', accepted_at = COALESCE(accepted_at, created_at + interval '1 hour'),
                first_response_at = COALESCE(first_response_at, created_at + interval '1 hour'), negotiating_at = COALESCE(negotiating_at, created_at + interval '2 hours'),
                signed_at = COALESCE(signed_at, created_at + interval '3 hours'), signed_on = COALESCE(signed_on, current_date), contract_amount = COALESCE(contract_amount, 1234.5)
          WHERE id = $1`,
        [open.id],
      );
      await expectProfileBreakdowns(from, to, await raw(from, to));
      await t.db.query(`UPDATE company SET tiers = '{}' WHERE id = $1`, [busy.id]);
      await expectProfileBreakdowns(from, to, await raw(from, to));
      await expectProfileBreakdowns(PERIODS[0].from, PERIODS[0].to, await raw(PERIODS[0].from, PERIODS[0].to));
    } finally {
      // Later files share this database: the intent's timeline (its events) and the company as they were.
      await t.db.query(
        `UPDATE intent SET status = $2, accepted_at = $3, first_response_at = $4, negotiating_at = $5, signed_at = $6, signed_on = $7, contract_amount = $8 WHERE id = $1`,
        [open.id, open.status, open.accepted_at, open.first_response_at, open.negotiating_at, open.signed_at, open.signed_on, open.contract_amount],
      );
      await t.db.query(`UPDATE company SET stage = $2, tiers = $3 WHERE id = $1`, [busy.id, before.stage, before.tiers]);
    }
    await expectProfileBreakdowns(from, to, await raw(from, to));
  });
});

describe('statistics access and input', () => {
  it('is for the operator only', async () => {
    const company = await signUpCompany(t);
    expect((await company.get('/api/stats/overview')).status).toBe(403);
    expect((await company.get('/api/stats/export/intents.csv')).status).toBe(403);
    expect((await t.get('/api/stats/overview')).status).toBe(401);
  });

  it.each([
    ['?from=2026-13-01', 'from'],
    ['?from=2026-11-10&to=2026-11-01', 'to'],
    ['?from=2000-01-01&to=2026-11-01', 'from'],
    ['?granularity=year', 'granularity'],
  ])('refuses %s', async (qs, field) => {
    const res = await op.get<ApiErrorBody>(`/api/stats/overview${qs}`);
    expect(res.status).toBe(400);
    expect(res.body.details?.[0].field).toBe(field);
  });

  it('refuses an unknown breakdown and export format', async () => {
    expect((await op.get('/api/stats/breakdown/colour')).status).toBe(400);
    expect((await op.get('/api/stats/export/intents.pdf')).status).toBe(400);
  });
});

describe('exports', () => {
  const { from, to } = PERIODS[1];

  it('streams the period’s intents as CSV with a BOM, Chinese intact, one line per intent', async () => {
    const res = await fetch(`${t.baseUrl}/api/stats/export/intents.csv?from=${from}&to=${to}`, {
      headers: { cookie: [...op.cookies].map(([k, v]) => `${k}=${v}`).join('; ') },
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(res.headers.get('content-disposition')).toContain(`qifu-intents-${from}_${to}.csv`);
    const bytes = Buffer.from(await res.arrayBuffer());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.toString('utf8').slice(1);
    const lines = text.split('\r\n').filter(Boolean);
    const expected = (await raw(from, to)).length;
    expect(Number(res.headers.get('x-total-rows'))).toBe(expected);
    expect(lines).toHaveLength(expected + 1);
    expect(lines[0]).toBe('编号,创建时间,状态,企业,服务机构,服务,类别,预算下限(元),预算上限(元),首次响应(小时),签约金额(元),签约日期,完成时间,评分');
    expect(text).toMatch(/北京外企人力资源服务河南有限公司|河南富平联合会计师事务所/);
  });

  it('exports the provider table as XLSX', async () => {
    const res = await fetch(`${t.baseUrl}/api/stats/export/providers.xlsx?from=${from}&to=${to}`, {
      headers: { cookie: [...op.cookies].map(([k, v]) => `${k}=${v}`).join('; ') },
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('spreadsheetml');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(await res.arrayBuffer());
    const sheet = wb.worksheets[0];
    const byProvider = await op.get<StatsBreakdownDto>(`/api/stats/breakdown/provider?from=${from}&to=${to}`);
    expect(sheet.rowCount).toBe(byProvider.body.rows.length + 1);
    expect(sheet.getRow(1).getCell(1).value).toBe('服务机构');
    expect(sheet.getRow(2).getCell(1).value).toBe(byProvider.body.rows[0].label);
    expect(sheet.getRow(2).getCell(2).value).toBe(byProvider.body.rows[0].created);
  });
});
