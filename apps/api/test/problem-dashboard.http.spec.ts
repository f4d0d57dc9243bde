import type { ApiErrorBody, ProblemDashboardDto, ProblemDetailDto } from '@qifu/contracts';
import { ProblemClock } from '../src/modules/problems/problem-deadlines';
import { signInOperator, signUpCompany, signUpProvider } from './support/accounts';
import { Browser, type HttpResult } from './support/browser';
import { startTestApp, type TestApp } from './support/test-app';

// The service-desk dashboard over HTTP. The test registers problems through the API in a period
// and a category of its own (April 2003, long before any seeded or other test's problem), moves
// them through the transitions table (one through the marketplace bridge), then checks every figure twice: against the numbers this
// test knows it made, and against SQL over problem/problem_event written here independently.

let t: TestApp;
let op: Browser;
let op2: Browser;
let company: Browser;
let provider: Browser;
const realNow = ProblemClock.prototype.now;
const CATEGORY = `dash-${Date.now().toString(36)}`;
const FROM = '2003-04-01';
const TO = '2003-04-30';
// The period in absolute time, written here (not imported): China time, both days included.
const START = '2003-03-31T16:00:00Z';
const END = '2003-04-30T16:00:00Z';

const userId = (b: Browser) => b.me?.user.id ?? '';
const code = (r: HttpResult) => ({ status: r.status, code: (r.body as ApiErrorBody).code });
const dash = (b: Browser, qs = `from=${FROM}&to=${TO}`) => b.get<ProblemDashboardDto>(`/api/operator/problems/dashboard?${qs}`);

async function raiseAt(at: string, over: Record<string, unknown> = {}): Promise<ProblemDetailDto> {
  t.app.get(ProblemClock).now = () => new Date(at);
  try {
    const res = await company.post<ProblemDetailDto>('/api/problems', { categoryCode: CATEGORY, description: '看板测试：企业问题登记。', ...over });
    if (res.status !== 201) throw new Error(`raise: ${res.status} ${JSON.stringify(res.body)}`);
    return res.body;
  } finally {
    t.app.get(ProblemClock).now = realNow;
  }
}

async function walk(p: ProblemDetailDto, steps: [Browser, Record<string, unknown>][]): Promise<ProblemDetailDto> {
  for (const [who, body] of steps) {
    const r = await who.post<ProblemDetailDto>(`/api/problems/${p.id}/transitions`, { version: p.version, ...body });
    if (r.status !== 200) throw new Error(`move ${JSON.stringify(body)}: ${r.status} ${JSON.stringify(r.body)}`);
    p = r.body;
  }
  return p;
}

beforeAll(async () => {
  t = await startTestApp();
  op = await signInOperator(t, 'admin');
  op2 = await signInOperator(t, 'member');
  company = await signUpCompany(t);
  provider = await signUpProvider(t, { approve: true, operator: op });
  // The period is this test's own: rows a previous run left there go first.
  await t.db.query(`DELETE FROM problem WHERE created_at >= '2002-05-01T00:00:00+08:00' AND created_at < '2003-05-01T00:00:00+08:00'`);
  await t.db.query(`INSERT INTO problem_category (code, name, sort_order) VALUES ($1, $2, 9999)`, [CATEGORY, `看板${CATEGORY.slice(-8)}`]);

  const accept = (b: Browser): [Browser, Record<string, unknown>] => [op, { to: 'accepted', assigneeUserId: userId(b) }];
  const progress: [Browser, Record<string, unknown>] = [op, { to: 'in_progress', note: '已对接。' }];
  const solve: [Browser, Record<string, unknown>] = [op, { to: 'solved', note: '已办结。' }];
  const confirm = (satisfaction: string): [Browser, Record<string, unknown>] => [company, { to: 'confirmed', satisfaction }];
  const reopen: [Browser, Record<string, unknown>] = [company, { to: 'reopened', note: '未解决。' }];
  const day = (d: number, h = 10) => `2003-04-${String(d).padStart(2, '0')}T${String(h).padStart(2, '0')}:00:00+08:00`;

  await raiseAt(day(1)); // reported
  await walk(await raiseAt(day(2)), [accept(op2)]); // accepted
  await walk(await raiseAt(day(3)), [[op, { to: 'forwarded', departmentName: '郑州高新区科技局', departmentContact: '0371-0000' }]]);
  await walk(await raiseAt(day(7)), [accept(op2), progress]); // in progress
  await walk(await raiseAt(day(8), { hard: true }), [accept(op2), progress, solve]); // solved
  await walk(await raiseAt(day(9)), [accept(op), solve, confirm('satisfied')]);
  await walk(await raiseAt(day(10)), [accept(op2), solve, confirm('basically_satisfied')]);
  await walk(await raiseAt(day(14)), [accept(op2), solve, reopen]); // reopened: not solved
  await walk(await raiseAt(day(15)), [accept(op), solve, reopen, progress, solve, confirm('dissatisfied')]);
  // Solved through the marketplace: turned into a cooperation intent (the bridge), then solved and confirmed.
  const [service] = await t.db.query(`SELECT id FROM service_listing WHERE status = 'published' ORDER BY id LIMIT 1`);
  const bridgedFrom = await raiseAt(day(16));
  const bridged = await op.post<ProblemDetailDto>(`/api/problems/${bridgedFrom.id}/intent`, {
    serviceId: service.id, need: '看板测试：通过企服超市对接服务机构。', wishedStartDate: '2003-05-01', contactName: '王经理', contactPhone: '13800000999', version: bridgedFrom.version,
  });
  if (bridged.status !== 200 && bridged.status !== 201) throw new Error(`bridge: ${bridged.status} ${JSON.stringify(bridged.body)}`);
  await walk(bridged.body, [solve, confirm('satisfied')]);
  await raiseAt(day(30, 23)); // the period's last evening, China time: inside
  await raiseAt('2003-03-31T23:30:00+08:00'); // the evening before: March
  await walk(await raiseAt('2002-06-03T10:00:00+08:00'), [accept(op), solve]); // June 2002, in the trend only
}, 60_000);

afterAll(async () => {
  await t?.close();
});

describe('the dashboard figures', () => {
  it('counts collected, solved, rated and the two rates as defined, exactly', async () => {
    const res = await dash(op);
    expect(res.status).toBe(200);
    expect(res.body.period).toEqual({ from: FROM, to: TO });
    expect(res.body.totals).toMatchObject({ collected: 11, solved: 5, confirmed: 4, rated: 4, satisfied: 2, basicallySatisfied: 1, dissatisfied: 1 });
    expect(res.body.totals.solveRate).toBeCloseTo(5 / 11, 10);
    expect(res.body.totals.satisfactionRate).toBeCloseTo(3 / 4, 10);

    // Independently: the problems registered in the period, with their last event as the state.
    const [raw] = await t.db.query(
      `WITH p AS (SELECT x.id, x.satisfaction,
                         (SELECT e.to_status FROM problem_event e WHERE e.problem_id = x.id ORDER BY e.at DESC, e.id DESC LIMIT 1) AS state
                    FROM problem x WHERE x.created_at >= $1 AND x.created_at < $2)
       SELECT count(*)::int AS collected,
              count(*) FILTER (WHERE state = 'solved' OR state = 'confirmed')::int AS solved,
              count(*) FILTER (WHERE state = 'confirmed')::int AS rated,
              count(*) FILTER (WHERE state = 'confirmed' AND satisfaction IN ('satisfied', 'basically_satisfied'))::int AS happy
         FROM p`,
      [START, END],
    );
    expect(res.body.totals).toMatchObject({ collected: raw.collected, solved: raw.solved, rated: raw.rated });
    expect(res.body.totals.solveRate).toBeCloseTo(raw.solved / raw.collected, 10);
    expect(res.body.totals.satisfactionRate).toBeCloseTo(raw.happy / raw.rated, 10);
  });

  it('shows the share solved through the marketplace: solved problems linked to an intent ÷ solved', async () => {
    const { body } = await dash(op);
    const [raw] = await t.db.query(
      `SELECT count(*) FILTER (WHERE p.intent_id IS NOT NULL AND EXISTS (SELECT 1 FROM intent i WHERE i.id = p.intent_id))::int AS linked, count(*)::int AS solved
         FROM problem p WHERE p.created_at >= $1 AND p.created_at < $2 AND p.solved_at IS NOT NULL`,
      [START, END],
    );
    expect(raw).toEqual({ linked: 1, solved: 5 });
    expect(body.totals.solvedViaMarketplace).toBe(raw.linked);
    expect(body.totals.marketplaceShare).toBeCloseTo(raw.linked / raw.solved, 10);
  });

  it('counts overdue per 13710 stage now, over every problem', async () => {
    const { body } = await dash(op);
    // A stage is open until its first event reaches it; a solve is undone by a later reopen.
    const [raw] = await t.db.query(
      `SELECT count(*) FILTER (WHERE NOT EXISTS (SELECT 1 FROM problem_event e WHERE e.problem_id = p.id AND e.to_status IN ('accepted', 'forwarded'))
                                 AND p.accept_due_at < now())::int AS accept,
              count(*) FILTER (WHERE NOT EXISTS (SELECT 1 FROM problem_event e WHERE e.problem_id = p.id AND e.to_status IN ('in_progress', 'solved'))
                                 AND p.progress_due_at < now())::int AS progress,
              count(*) FILTER (WHERE (SELECT e.to_status FROM problem_event e WHERE e.problem_id = p.id ORDER BY e.at DESC, e.id DESC LIMIT 1)
                                     NOT IN ('solved', 'confirmed') AND p.solve_due_at < now())::int AS solve
         FROM problem p`,
    );
    expect(body.overdueNow).toEqual(raw);
    // Ours alone: 2 reported (accept), + forwarded/accepted (progress), + 6 open (solve) at least.
    expect(body.overdueNow.accept).toBeGreaterThanOrEqual(3);
    expect(body.overdueNow.progress).toBeGreaterThanOrEqual(5);
    expect(body.overdueNow.solve).toBeGreaterThanOrEqual(6);
  });

  it('breaks down by category (every category listed) and by assignee', async () => {
    const { body } = await dash(op);
    const mine = body.byCategory.find((c) => c.code === CATEGORY);
    expect(mine).toMatchObject({ collected: 11, solved: 5 });
    const cats: { code: string; collected: number; solved: number }[] = await t.db.query(
      `SELECT c.code, (SELECT count(*) FROM problem p WHERE p.category_code = c.code AND p.created_at >= $1 AND p.created_at < $2)::int AS collected,
              (SELECT count(*) FROM problem p WHERE p.category_code = c.code AND p.created_at >= $1 AND p.created_at < $2 AND p.solved_at IS NOT NULL)::int AS solved
         FROM problem_category c`,
      [START, END],
    );
    expect(body.byCategory.map(({ code, collected, solved }) => ({ code, collected, solved })).sort((a, b) => a.code.localeCompare(b.code))).toEqual(
      cats.sort((a, b) => a.code.localeCompare(b.code)),
    );

    const people: { user_id: string | null; collected: number; solved: number }[] = await t.db.query(
      `SELECT assignee_user_id AS user_id, count(*)::int AS collected, count(*) FILTER (WHERE solved_at IS NOT NULL)::int AS solved
         FROM problem WHERE created_at >= $1 AND created_at < $2 GROUP BY 1`,
      [START, END],
    );
    const got = body.byAssignee.map((a) => ({ user_id: a.userId, collected: a.collected, solved: a.solved }));
    const key = (x: { user_id: string | null }) => x.user_id ?? '';
    expect([...got].sort((a, b) => key(a).localeCompare(key(b)))).toEqual(people.sort((a, b) => key(a).localeCompare(key(b))));
    expect(body.byAssignee.find((a) => a.userId === userId(op2))).toMatchObject({ collected: 5, solved: 2, open: 3, name: expect.any(String) });
    // The bridge accepts the problem for the operator who made the request.
    expect(body.byAssignee.find((a) => a.userId === userId(op))).toMatchObject({ collected: 3, solved: 3, open: 0 });
    expect(body.byAssignee.find((a) => a.userId === null)).toMatchObject({ collected: 3, solved: 0, open: 3 });
  });

  it('trends 12 months ending with the period’s last month, by registration month in China time', async () => {
    const { body } = await dash(op);
    expect(body.trend.map((m) => m.month)).toEqual([
      '2002-05', '2002-06', '2002-07', '2002-08', '2002-09', '2002-10', '2002-11', '2002-12', '2003-01', '2003-02', '2003-03', '2003-04',
    ]);
    const raw: { month: string; collected: number; solved: number }[] = await t.db.query(
      `SELECT to_char(created_at + interval '8 hours', 'YYYY-MM') AS month, count(*)::int AS collected, count(*) FILTER (WHERE solved_at IS NOT NULL)::int AS solved
         FROM problem WHERE created_at >= '2002-04-30T16:00:00Z' AND created_at < $1 GROUP BY 1`,
      [END],
    );
    const byMonth = new Map(raw.map((r) => [r.month, r]));
    for (const m of body.trend) expect(m).toEqual({ month: m.month, collected: byMonth.get(m.month)?.collected ?? 0, solved: byMonth.get(m.month)?.solved ?? 0 });
    expect(body.trend.find((m) => m.month === '2003-03')).toEqual({ month: '2003-03', collected: 1, solved: 0 });
    expect(body.trend.find((m) => m.month === '2002-06')).toEqual({ month: '2002-06', collected: 1, solved: 1 });
    expect(body.trend.find((m) => m.month === '2003-04')).toEqual({ month: '2003-04', collected: 11, solved: 5 });
  });

  it('an empty period has no rates (null, not 0 or NaN)', async () => {
    const { body } = await dash(op, 'from=2002-08-01&to=2002-08-31');
    expect(body.totals).toMatchObject({ collected: 0, solved: 0, solveRate: null, satisfactionRate: null, marketplaceShare: null });
  });

  it('exports the period’s problems as CSV, one row each, Chinese labels, newest first', async () => {
    const res = await op.get<string>(`/api/operator/problems/dashboard/export.csv?from=${FROM}&to=${TO}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/csv');
    expect(res.headers.get('x-total-rows')).toBe('11');
    const lines = res.body.replace(/^\uFEFF/, '').trim().split('\r\n');
    expect(lines[0].split(',').slice(0, 7)).toEqual(['编号', '登记时间', '企业', '类别', '紧急程度', '疑难', '状态']);
    expect(lines).toHaveLength(12);
    expect(lines[1]).toContain('2003-04-30 23:00');
    const ids: { id: string }[] = await t.db.query(`SELECT id FROM problem WHERE created_at >= $1 AND created_at < $2 ORDER BY created_at DESC, id DESC`, [START, END]);
    expect(lines.slice(1).map((l) => l.split(',')[0])).toEqual(ids.map((r) => r.id));
    expect(lines.filter((l) => l.includes('已确认解决'))).toHaveLength(4);
    expect(lines.some((l) => l.includes('不满意'))).toBe(true);
  });
});

describe('access and bad input', () => {
  it('is for the operator only: a company or a provider is refused (403), a visitor 401', async () => {
    expect(code(await dash(company))).toEqual({ status: 403, code: 'FORBIDDEN' });
    expect(code(await dash(provider))).toEqual({ status: 403, code: 'FORBIDDEN' });
    expect((await company.get(`/api/operator/problems/dashboard/export.csv?from=${FROM}&to=${TO}`)).status).toBe(403);
    expect((await provider.get(`/api/operator/problems/dashboard/export.csv?from=${FROM}&to=${TO}`)).status).toBe(403);
    expect((await new Browser(t.baseUrl).get('/api/operator/problems/dashboard')).status).toBe(401);
  });

  it.each([
    ['from=2003-02-30', 'from'],
    ['from=2003-4-1', 'from'],
    ['from=2003-05-01&to=2003-04-01', 'to'],
    ['from=1990-01-01&to=2003-04-01', 'from'],
    ['granularity=day', ''],
  ])('refuses %s with 400 VALIDATION_FAILED', async (qs, field) => {
    const res = await dash(op, qs);
    expect(code(res)).toEqual({ status: 400, code: 'VALIDATION_FAILED' });
    if (field) expect((res.body as unknown as ApiErrorBody).details?.map((d) => d.field)).toContain(field);
    expect(code(await op.get(`/api/operator/problems/dashboard/export.csv?${qs}`))).toEqual({ status: 400, code: 'VALIDATION_FAILED' });
  });

  it('defaults to the 12 months up to today', async () => {
    const { body } = await dash(op, '');
    const today = new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);
    expect(body.period.to).toBe(today);
    expect(body.trend).toHaveLength(12);
    expect(body.trend[11].month).toBe(today.slice(0, 7));
    expect(body.totals.collected).toBeGreaterThan(0);
  });
});
