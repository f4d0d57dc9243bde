import type { ApiErrorBody, Page, ProblemCategoryDto, ProblemDetailDto, ProblemSummaryDto, VisitDto } from '@qifu/contracts';
import { ProblemClock } from '../src/modules/problems/problem-deadlines';
import { signInOperator, signUpCompany } from './support/accounts';
import type { Browser, HttpResult } from './support/browser';
import { startTestApp, type TestApp } from './support/test-app';

// The service desk over HTTP: visits and problems, the 13710 deadlines, the one transitions
// table (illegal and stale moves are 409, concurrent moves have one winner), and BOLA.

let t: TestApp;
let op: Browser;
let op2: Browser;
let companyA: Browser;
let companyB: Browser;
const realNow = ProblemClock.prototype.now;

const cst = (s: string) => new Date(`${s}+08:00`).toISOString();
const companyId = (b: Browser) => b.me?.organisation.id ?? '';
const userId = (b: Browser) => b.me?.user.id ?? '';
const code = (r: HttpResult) => ({ status: r.status, code: (r.body as ApiErrorBody).code });

const problem = (over: Record<string, unknown> = {}) => ({ categoryCode: 'recruitment', description: '研发岗位招聘困难，急需三名嵌入式工程师。', urgency: 'urgent', ...over });

async function raise(b: Browser, over: Record<string, unknown> = {}): Promise<ProblemDetailDto> {
  const res = await b.post<ProblemDetailDto>('/api/problems', problem(over));
  if (res.status !== 201) throw new Error(`raise: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body;
}

async function move(b: Browser, p: { id: string; version: number }, body: Record<string, unknown>): Promise<HttpResult<ProblemDetailDto>> {
  return b.post<ProblemDetailDto>(`/api/problems/${p.id}/transitions`, { version: p.version, ...body });
}

async function ok(res: Promise<HttpResult<ProblemDetailDto>>): Promise<ProblemDetailDto> {
  const r = await res;
  if (r.status !== 200) throw new Error(`move: ${r.status} ${JSON.stringify(r.body)}`);
  return r.body;
}

beforeAll(async () => {
  t = await startTestApp();
  op = await signInOperator(t, 'admin');
  op2 = await signInOperator(t, 'member');
  companyA = await signUpCompany(t);
  companyB = await signUpCompany(t);
});

afterEach(() => {
  t.app.get(ProblemClock).now = realNow;
});

afterAll(async () => {
  await t?.close();
});

describe('categories and raising', () => {
  it('lists the eight seeded categories in order', async () => {
    const res = await companyA.get<ProblemCategoryDto[]>('/api/problem-categories');
    expect(res.status).toBe(200);
    expect(res.body.map((c) => c.name).slice(0, 8)).toEqual(['政策咨询', '融资', '用工招聘', '知识产权', '场地', '审批手续', '财税', '其他']);
  });

  it('a company raises its own problem: reported, with a creation event and the operator moves it may not make', async () => {
    const p = await raise(companyA, { hard: true });
    expect(p).toMatchObject({ status: 'reported', hard: true, urgency: 'urgent', company: { id: companyId(companyA) }, category: { code: 'recruitment', name: '用工招聘' }, version: 0, assignee: null });
    expect(p.events).toEqual([expect.objectContaining({ fromStatus: null, toStatus: 'reported', actorRole: 'company', note: '企业自行提交' })]);
    expect(p.actions).toEqual([]);
    const asOperator = await op.get<ProblemDetailDto>(`/api/problems/${p.id}`);
    expect(asOperator.body.actions.map((a) => a.to).sort()).toEqual(['accepted', 'forwarded']);
  });

  it('an operator records a visit with the problems raised on it', async () => {
    const res = await op.post<VisitDto>('/api/visits', {
      companyId: companyId(companyA),
      visitedOn: '2026-12-03',
      visitors: ['张老师', '李主任'],
      notes: '走访了解企业经营情况。',
      problems: [problem({ categoryCode: 'financing', description: '流动资金紧张，希望对接科技贷。' }), problem({ categoryCode: 'premises', description: '需要扩租 500 平米厂房。', urgency: 'normal' })],
    });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ visitedOn: '2026-12-03', visitors: ['张老师', '李主任'], company: { id: companyId(companyA) } });
    expect(res.body.problems.map((p) => p.category.code)).toEqual(['financing', 'premises']);
    expect(res.body.problems.every((p) => p.visitId === res.body.id && p.status === 'reported')).toBe(true);
    const detail = await companyA.get<ProblemDetailDto>(`/api/problems/${res.body.problems[0].id}`);
    expect(detail.body.events[0]).toMatchObject({ actorRole: 'operator', note: '走访时登记', detail: { visitId: res.body.id } });
  });

  it('refuses bad input with codes (400), never a 500', async () => {
    expect(code(await companyA.post('/api/problems', problem({ categoryCode: 'no-such' })))).toEqual({ status: 400, code: 'PROBLEM_CATEGORY_UNKNOWN' });
    const short = await companyA.post('/api/problems', problem({ description: '短' }));
    expect(code(short)).toEqual({ status: 400, code: 'VALIDATION_FAILED' });
    expect((short.body as ApiErrorBody).details?.map((d) => d.field)).toContain('description');
    expect(code(await companyA.post('/api/problems', problem({ urgency: 'whenever' })))).toEqual({ status: 400, code: 'VALIDATION_FAILED' });
    expect(code(await companyA.post('/api/problems', { ...problem(), status: 'confirmed' }))).toEqual({ status: 400, code: 'VALIDATION_FAILED' });
    expect(code(await op.post('/api/problems', problem()))).toEqual({ status: 400, code: 'COMPANY_REQUIRED' });
    expect(code(await op.post('/api/problems', problem({ companyId: '00000000-0000-4000-8000-000000000999' })))).toEqual({ status: 400, code: 'COMPANY_REQUIRED' });
    const visit = await op.post('/api/visits', { companyId: companyId(companyA), visitedOn: '2026-02-30', visitors: [] });
    expect(code(visit)).toEqual({ status: 400, code: 'VALIDATION_FAILED' });
    expect((visit.body as ApiErrorBody).details?.map((d) => d.field).sort()).toEqual(['visitedOn', 'visitors']);
    const badCat = await op.post('/api/visits', { companyId: companyId(companyA), visitedOn: '2026-12-01', visitors: ['张老师'], problems: [problem(), problem({ categoryCode: 'nope' })] });
    expect(code(badCat)).toEqual({ status: 400, code: 'PROBLEM_CATEGORY_UNKNOWN' });
    expect((badCat.body as ApiErrorBody).details).toEqual([{ field: 'problems.1.categoryCode', message: 'unknown category' }]);
    expect(code(await op.get('/api/problems?overdue=later'))).toEqual({ status: 400, code: 'VALIDATION_FAILED' });
    expect(code(await op.get('/api/problems/not-a-uuid'))).toEqual({ status: 400, code: 'INVALID_ID' });
  });
});

describe('the workflow', () => {
  it('accept → progress → solve → company reopens → solve → company confirms with satisfaction; every change on the timeline', async () => {
    let p = await raise(companyA);
    p = await ok(move(op, p, { to: 'accepted', assigneeUserId: userId(op2) }));
    expect(p).toMatchObject({ status: 'accepted', assignee: { id: userId(op2), name: '运营中心测试' }, version: 1 });
    expect(p.stages.accept.doneAt).not.toBeNull();
    p = await ok(move(op2, p, { to: 'in_progress', note: '已联系人才市场，安排专场招聘。' }));
    expect(p.stages.progress.doneAt).not.toBeNull();
    p = await ok(move(op2, p, { to: 'solved', note: '已招到两名工程师。' }));
    expect(p.actions).toEqual([]); // the operator waits for the company
    const company = await companyA.get<ProblemDetailDto>(`/api/problems/${p.id}`);
    expect(company.body.actions.map((a) => a.to).sort()).toEqual(['confirmed', 'reopened']);
    p = await ok(move(companyA, p, { to: 'reopened', note: '还差一名工程师。' }));
    expect(p.stages.solve.doneAt).toBeNull();
    p = await ok(move(op2, p, { to: 'solved', note: '第三名工程师已入职。' }));
    p = await ok(move(companyA, p, { to: 'confirmed', satisfaction: 'basically_satisfied', note: '谢谢' }));
    expect(p).toMatchObject({ status: 'confirmed', satisfaction: 'basically_satisfied', actions: [] });
    expect(p.events.map((e) => `${e.fromStatus ?? '∅'}→${e.toStatus}`)).toEqual([
      '∅→reported',
      'reported→accepted',
      'accepted→in_progress',
      'in_progress→solved',
      'solved→reopened',
      'reopened→solved',
      'solved→confirmed',
    ]);
    expect(p.events[1].detail).toEqual({ assignee: { id: userId(op2), name: '运营中心测试' } });
    expect(p.events[6].detail).toEqual({ satisfaction: 'basically_satisfied' });
    const history = await t.db.query(`SELECT count(*)::int AS n FROM problem_event WHERE problem_id = $1`, [p.id]);
    expect(history).toEqual([{ n: 7 }]);
  });

  it('forwards to a government department (off-platform) with its name and contact', async () => {
    let p = await raise(companyA, { categoryCode: 'approval', description: '环评审批进度缓慢，需协调。' });
    const missing = await move(op, p, { to: 'forwarded', departmentName: '高新区生态环境分局' });
    expect(code(missing)).toEqual({ status: 400, code: 'VALIDATION_FAILED' });
    expect((missing.body as unknown as ApiErrorBody).details).toEqual([{ field: 'departmentContact', message: 'required' }]);
    p = await ok(move(op, p, { to: 'forwarded', departmentName: '高新区生态环境分局', departmentContact: '王科长 0371-67980000', note: '已电话转办' }));
    expect(p).toMatchObject({ status: 'forwarded', department: { name: '高新区生态环境分局', contact: '王科长 0371-67980000' } });
    expect(p.stages.accept.doneAt).not.toBeNull();
  });

  it('illegal moves are 409 PROBLEM_CONFLICT and change nothing; a company making an operator move is 403', async () => {
    const p = await raise(companyA);
    expect(code(await move(op, p, { to: 'solved', note: 'x' }))).toEqual({ status: 409, code: 'PROBLEM_CONFLICT' });
    expect(code(await move(op, p, { to: 'confirmed', satisfaction: 'satisfied' }))).toEqual({ status: 409, code: 'PROBLEM_CONFLICT' });
    expect(code(await move(companyA, p, { to: 'accepted', assigneeUserId: userId(op) }))).toEqual({ status: 403, code: 'TRANSITION_FORBIDDEN' });
    expect(code(await move(companyA, p, { to: 'reopened', note: 'x' }))).toEqual({ status: 409, code: 'PROBLEM_CONFLICT' });
    // Only operator staff can own a problem.
    expect(code(await move(op, p, { to: 'accepted', assigneeUserId: userId(companyA) }))).toEqual({ status: 400, code: 'PROBLEM_ASSIGNEE_INVALID' });
    expect(code(await move(op, p, { to: 'accepted' }))).toEqual({ status: 400, code: 'VALIDATION_FAILED' });
    expect(code(await move(op, p, { to: 'accepted', assigneeUserId: userId(op), version: undefined }))).toEqual({ status: 400, code: 'VALIDATION_FAILED' });
    const after = await op.get<ProblemDetailDto>(`/api/problems/${p.id}`);
    expect(after.body).toMatchObject({ status: 'reported', version: 0 });
    expect(after.body.events).toHaveLength(1);
  });

  it('a stale version is 409 PROBLEM_CONFLICT', async () => {
    const p = await raise(companyA);
    await ok(move(op, p, { to: 'accepted', assigneeUserId: userId(op) }));
    expect(code(await move(op2, p, { to: 'accepted', assigneeUserId: userId(op2) }))).toEqual({ status: 409, code: 'PROBLEM_CONFLICT' });
  });

  it('of concurrent moves from the same version exactly one wins', async () => {
    const p = await raise(companyA);
    const results = await Promise.all([
      move(op, p, { to: 'accepted', assigneeUserId: userId(op) }),
      move(op2, p, { to: 'accepted', assigneeUserId: userId(op2) }),
      move(op, p, { to: 'forwarded', departmentName: '高新区人社局', departmentContact: '0371-1' }),
      move(op2, p, { to: 'forwarded', departmentName: '高新区科技局', departmentContact: '0371-2' }),
    ]);
    const statuses = results.map((r) => r.status).sort();
    expect(statuses).toEqual([200, 409, 409, 409]);
    expect(results.filter((r) => r.status === 409).every((r) => (r.body as unknown as ApiErrorBody).code === 'PROBLEM_CONFLICT')).toBe(true);
    const rows = await t.db.query(`SELECT version, (SELECT count(*)::int FROM problem_event WHERE problem_id = p.id) AS events FROM problem p WHERE id = $1`, [p.id]);
    expect(rows).toEqual([{ version: 1, events: 2 }]);
  });
});

describe('13710 deadlines on working days, China time', () => {
  it('a problem raised on Friday afternoon is due Monday (accept), Wednesday (progress), next Tuesday (solve); 30 working days when hard', async () => {
    t.app.get(ProblemClock).now = () => new Date(cst('2026-12-04T16:30:00'));
    const p = await raise(companyA);
    expect(p.createdAt).toBe(cst('2026-12-04T16:30:00'));
    expect(p.stages.accept.dueAt).toBe(cst('2026-12-07T16:30:00'));
    expect(p.stages.progress.dueAt).toBe(cst('2026-12-09T16:30:00'));
    expect(p.stages.solve.dueAt).toBe(cst('2026-12-15T16:30:00'));
    const hard = await raise(companyA, { hard: true });
    expect(hard.stages.solve.dueAt).toBe(cst('2027-01-15T16:30:00'));
  });

  it('a problem raised on Sunday starts counting on Monday morning', async () => {
    t.app.get(ProblemClock).now = () => new Date(cst('2026-11-29T10:00:00'));
    const p = await raise(companyA);
    expect(p.stages.accept.dueAt).toBe(cst('2026-12-01T00:00:00'));
  });

  it('skips the public holidays of the working calendar and counts its make-up Saturday (调休)', async () => {
    const days = [['2031-10-01', false], ['2031-10-02', false], ['2031-10-03', false], ['2031-10-06', false], ['2031-10-07', false], ['2031-10-11', true]];
    for (const [day, working] of days) await t.db.query(`INSERT INTO working_calendar_day (day, working, name) VALUES ($1, $2, '国庆节')`, [day, working]);
    try {
      t.app.get(ProblemClock).now = () => new Date(cst('2031-09-30T10:00:00'));
      const p = await raise(companyA);
      expect(p.stages.accept.dueAt).toBe(cst('2031-10-08T10:00:00'));
      expect(p.stages.progress.dueAt).toBe(cst('2031-10-10T10:00:00'));
      expect(p.stages.solve.dueAt).toBe(cst('2031-10-15T10:00:00'));
      // The calendar refuses a row that says nothing new (a weekday marked working).
      await expect(t.db.query(`INSERT INTO working_calendar_day (day, working) VALUES ('2031-10-08', true)`)).rejects.toThrow(/check/);
    } finally {
      await t.db.query(`DELETE FROM working_calendar_day WHERE day BETWEEN '2031-10-01' AND '2031-10-31'`);
    }
  });

  it('overdue per stage is computed against the database clock, filters the ledger, and a late stage stays marked late', async () => {
    // Registered three weeks ago: every stage's deadline has passed.
    t.app.get(ProblemClock).now = () => new Date(Date.now() - 21 * 86_400_000);
    let old = await raise(companyB, { categoryCode: 'ip' });
    t.app.get(ProblemClock).now = realNow;
    const fresh = await raise(companyB, { categoryCode: 'ip' });
    expect(old.stages).toMatchObject({ accept: { overdue: true }, progress: { overdue: true }, solve: { overdue: true } });
    expect(fresh.stages).toMatchObject({ accept: { overdue: false }, progress: { overdue: false }, solve: { overdue: false } });
    const ids = async (qs: string) => (await op.get<Page<ProblemSummaryDto>>(`/api/problems?companyId=${companyId(companyB)}&${qs}`)).body.items.map((p) => p.id);
    expect(await ids('overdue=accept')).toEqual([old.id]);
    old = await ok(move(op, old, { to: 'accepted', assigneeUserId: userId(op) }));
    expect(old.stages.accept).toMatchObject({ overdue: false, late: true });
    expect(await ids('overdue=accept')).toEqual([]);
    expect(await ids('overdue=progress')).toEqual([old.id]);
    expect(await ids('overdue=solve')).toEqual([old.id]);
  });
});

describe('the ledger and BOLA', () => {
  it('the operator filters by status, category and assignee, paginated with an exact total', async () => {
    const c = await signUpCompany(t);
    const a = await raise(c, { categoryCode: 'finance-tax', description: '研发费用加计扣除如何申报？' });
    await raise(c, { categoryCode: 'policy', description: '高企认定政策咨询。' });
    const b3 = await raise(c, { categoryCode: 'policy', description: '人才补贴政策咨询。' });
    await ok(move(op, b3, { to: 'accepted', assigneeUserId: userId(op2) }));
    const q = (s: string) => op.get<Page<ProblemSummaryDto>>(`/api/problems?companyId=${companyId(c)}&${s}`);
    const page1 = await q('pageSize=2');
    expect(page1.body).toMatchObject({ total: 3, page: 1, pageSize: 2 });
    expect(page1.body.items).toHaveLength(2);
    const page3 = await q('pageSize=2&page=3');
    expect(page3.body).toMatchObject({ total: 3, items: [] });
    expect((await q('categoryCode=policy')).body.total).toBe(2);
    expect((await q('status=reported')).body.items.map((p) => p.id).sort()).toEqual([a.id, (await q('status=reported&categoryCode=policy')).body.items[0].id].sort());
    expect((await q(`assigneeUserId=${userId(op2)}`)).body.items.map((p) => p.id)).toEqual([b3.id]);
  });

  it('a company sees only its own problems: list scoped, detail and moves on another company’s problem are 404', async () => {
    const theirs = await raise(companyB, { categoryCode: 'premises', description: '希望园区协调停车位。' });
    const mine = await companyA.get<Page<ProblemSummaryDto>>('/api/problems?pageSize=100');
    expect(mine.body.items.length).toBeGreaterThan(0);
    expect(mine.body.items.every((p) => p.company.id === companyId(companyA))).toBe(true);
    // Asking for the other company by filter still answers only the caller's own.
    const probe = await companyA.get<Page<ProblemSummaryDto>>(`/api/problems?companyId=${companyId(companyB)}`);
    expect(probe.body).toMatchObject({ total: 0, items: [] });
    expect(code(await companyA.get(`/api/problems/${theirs.id}`))).toEqual({ status: 404, code: 'PROBLEM_NOT_FOUND' });
    expect(code(await move(companyA, theirs, { to: 'reopened', note: 'x' }))).toEqual({ status: 404, code: 'PROBLEM_NOT_FOUND' });
    expect(code(await companyA.post('/api/problems', problem({ companyId: companyId(companyB) })))).toEqual({ status: 403, code: 'FORBIDDEN' });
    expect(code(await companyA.post('/api/visits', { companyId: companyId(companyA), visitedOn: '2026-12-01', visitors: ['我'] }))).toEqual({ status: 403, code: 'FORBIDDEN' });
    expect(code(await op.get('/api/problems/00000000-0000-4000-8000-000000000999'))).toEqual({ status: 404, code: 'PROBLEM_NOT_FOUND' });
    const untouched = await op.get<ProblemDetailDto>(`/api/problems/${theirs.id}`);
    expect(untouched.body).toMatchObject({ status: 'reported', version: 0 });
  });
});
