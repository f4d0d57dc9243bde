import type { ApiErrorBody, NotificationDto, Page, ProblemDashboardDto, ProblemDetailDto } from '@qifu/contracts';
import { ProblemClock } from '../src/modules/problems/problem-deadlines';
import { ProblemOverdueSweep } from '../src/modules/problems/problem-overdue-sweep';
import { signInOperator, signUpCompany } from './support/accounts';
import type { Browser, HttpResult } from './support/browser';
import { startTestApp, type TestApp } from './support/test-app';

// The 13710 clock's notices (each open stage past its deadline flagged once; the assignee and the
// operator admins told, nobody else) and the operator's close of a solved problem the company
// leaves unanswered for 7 working days (refused before, recorded as such, left out of 满意率).

let t: TestApp;
let admin: Browser;
let member: Browser;
let otherMember: Browser;
let company: Browser;
const realNow = ProblemClock.prototype.now;
const DAY = 86_400_000;
const cst = (s: string) => new Date(`${s}+08:00`).toISOString();
const userId = (b: Browser) => b.me?.user.id ?? '';
const code = (r: HttpResult) => ({ status: r.status, code: (r.body as ApiErrorBody).code });

async function raise(b: Browser, over: Record<string, unknown> = {}): Promise<ProblemDetailDto> {
  const res = await b.post<ProblemDetailDto>('/api/problems', { categoryCode: 'financing', description: '流动资金紧张，希望对接科技贷。', urgency: 'normal', ...over });
  if (res.status !== 201) throw new Error(`raise: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body;
}

async function ok(b: Browser, p: { id: string; version: number }, body: Record<string, unknown>): Promise<ProblemDetailDto> {
  const r = await b.post<ProblemDetailDto>(`/api/problems/${p.id}/transitions`, { version: p.version, ...body });
  if (r.status !== 200) throw new Error(`move: ${r.status} ${JSON.stringify(r.body)}`);
  return r.body;
}

const noticesOf = async (userIdValue: string, problemId: string) =>
  (await t.db.query(
    `SELECT user_id::text, detail->>'stage' AS stage, title FROM notification WHERE kind = 'problem_overdue' AND problem_id = $1 AND user_id = $2 ORDER BY stage`,
    [problemId, userIdValue],
  )) as { user_id: string; stage: string; title: string }[];

beforeAll(async () => {
  t = await startTestApp({ PROBLEM_OVERDUE_SWEEP_SECONDS: '0' });
  admin = await signInOperator(t, 'admin');
  member = await signInOperator(t, 'member');
  otherMember = await signInOperator(t, 'member');
  company = await signUpCompany(t);
});

afterEach(() => {
  t.app.get(ProblemClock).now = realNow;
});

afterAll(async () => {
  await t?.close();
});

describe('13710 overdue notices', () => {
  it('flags each open stage past its deadline once and tells the assignee and the operator admins, nobody else', async () => {
    // Registered three weeks ago and accepted since: progress and solve are overdue, accept is done.
    t.app.get(ProblemClock).now = () => new Date(Date.now() - 21 * DAY);
    let late = await raise(company);
    t.app.get(ProblemClock).now = realNow;
    late = await ok(admin, late, { to: 'accepted', assigneeUserId: userId(member) });
    const fresh = await raise(company, { categoryCode: 'ip', description: '核心技术尚未申请专利，需要布局建议。' });

    const sweep = t.app.get(ProblemOverdueSweep);
    expect(await sweep.sweep()).toBeGreaterThanOrEqual(2);
    const flags = await t.db.query(`SELECT stage FROM problem_overdue WHERE problem_id = $1 ORDER BY stage`, [late.id]);
    expect(flags).toEqual([{ stage: 'progress' }, { stage: 'solve' }]);
    expect(await t.db.query(`SELECT stage FROM problem_overdue WHERE problem_id = $1`, [fresh.id])).toEqual([]);

    expect((await noticesOf(userId(member), late.id)).map((n) => [n.stage, n.title])).toEqual([
      ['progress', '企业问题超过反馈期限'],
      ['solve', '企业问题超过办结期限'],
    ]);
    expect((await noticesOf(userId(admin), late.id)).map((n) => n.stage)).toEqual(['progress', 'solve']);
    // Another staff member who does not own it, and the company, hear nothing.
    expect(await noticesOf(userId(otherMember), late.id)).toEqual([]);
    expect(await noticesOf(userId(company), late.id)).toEqual([]);

    // Run again, and twice at once: nothing new for this problem.
    await sweep.sweep();
    await Promise.all([sweep.sweep(), sweep.sweep()]);
    expect(await noticesOf(userId(member), late.id)).toHaveLength(2);
    expect(await t.db.query(`SELECT count(*)::int AS n FROM problem_overdue WHERE problem_id = $1`, [late.id])).toEqual([{ n: 2 }]);
  });

  it('a notice is in the assignee’s list, about the problem (not an intent), with its stage and due time', async () => {
    // Ten days back: past 3 working days whatever the weekday and the holidays.
    t.app.get(ProblemClock).now = () => new Date(Date.now() - 10 * DAY);
    const p = await raise(company, { categoryCode: 'policy', description: '高新技术企业认定的研发费用如何核算？' });
    t.app.get(ProblemClock).now = realNow;
    await ok(admin, p, { to: 'accepted', assigneeUserId: userId(otherMember) });
    await t.app.get(ProblemOverdueSweep).sweep();
    const list = await otherMember.get<Page<NotificationDto>>('/api/notifications?pageSize=50');
    const notice = list.body.items.find((n) => n.problemId === p.id && n.detail.stage === 'progress');
    expect(notice).toMatchObject({ kind: 'problem_overdue', intentId: null, problemId: p.id, readAt: null });
    expect(notice?.detail).toMatchObject({ stage: 'progress', companyName: p.company.name, categoryName: '政策咨询', dueAt: p.stages.progress.dueAt });
    // The company's own list has no such notice.
    const mine = await company.get<Page<NotificationDto>>('/api/notifications?pageSize=50');
    expect(mine.body.items.filter((n) => n.kind === 'problem_overdue')).toEqual([]);
  });

  it('a stage done before the sweep runs is never flagged', async () => {
    t.app.get(ProblemClock).now = () => new Date(Date.now() - 2 * DAY - 3 * 3600_000);
    let p = await raise(company, { categoryCode: 'premises', description: '需要扩租约 500 平方米厂房。' });
    t.app.get(ProblemClock).now = realNow;
    p = await ok(admin, p, { to: 'accepted', assigneeUserId: userId(member) });
    p = await ok(member, p, { to: 'in_progress', note: '已联系园区物业。' });
    await t.app.get(ProblemOverdueSweep).sweep();
    // Accepted late (flagged? no: accepted before the sweep looked), progress in time.
    expect(await t.db.query(`SELECT stage FROM problem_overdue WHERE problem_id = $1`, [p.id])).toEqual([]);
  });
});

describe('closing a solved problem the company leaves unanswered', () => {
  async function solved(): Promise<ProblemDetailDto> {
    let p = await raise(company, { categoryCode: 'finance-tax', description: '研发费用加计扣除如何申报？' });
    p = await ok(admin, p, { to: 'accepted', assigneeUserId: userId(member) });
    p = await ok(member, p, { to: 'solved', note: '已辅导企业完成申报。' });
    return p;
  }

  it('is refused with 409 PROBLEM_ANSWER_PENDING while the company still has time, and not offered', async () => {
    const p = await solved();
    expect(p.actions).toEqual([]);
    expect(p.answerDueAt).not.toBeNull();
    const r = await admin.post(`/api/problems/${p.id}/transitions`, { version: p.version, to: 'confirmed', note: '企业未答复' });
    expect(code(r)).toEqual({ status: 409, code: 'PROBLEM_ANSWER_PENDING' });
    const after = await admin.get<ProblemDetailDto>(`/api/problems/${p.id}`);
    expect(after.body).toMatchObject({ status: 'solved', version: p.version, closedWithoutAnswer: false });
  });

  it('counts 7 working days from 已办结, China time, skipping the weekends', async () => {
    const p = await solved();
    // Solved on Friday 2026-12-04 16:30: due Tuesday 2026-12-15 16:30 (Mon–Fri, Mon, Tue).
    await t.db.query(`UPDATE problem SET solved_at = $2 WHERE id = $1`, [p.id, cst('2026-12-04T16:30:00')]);
    t.app.get(ProblemClock).now = () => new Date(cst('2026-12-15T16:29:00'));
    const before = await admin.get<ProblemDetailDto>(`/api/problems/${p.id}`);
    expect(before.body.answerDueAt).toBe(cst('2026-12-15T16:30:00'));
    expect(before.body.actions).toEqual([]);
    t.app.get(ProblemClock).now = () => new Date(cst('2026-12-15T16:31:00'));
    const now = await admin.get<ProblemDetailDto>(`/api/problems/${p.id}`);
    expect(now.body.actions).toEqual([{ to: 'confirmed', requires: ['note'] }]);
  });

  it('after the wait: confirmed by the operator without a rating, recorded, and the company can no longer move it', async () => {
    const p = await solved();
    await t.db.query(`UPDATE problem SET solved_at = now() - interval '21 days' WHERE id = $1`, [p.id]);
    const missingNote = await admin.post(`/api/problems/${p.id}/transitions`, { version: p.version, to: 'confirmed' });
    expect(code(missingNote)).toEqual({ status: 400, code: 'VALIDATION_FAILED' });
    // A member of staff may do it too; the company's own confirmation still needs its rating.
    const noRating = await company.post(`/api/problems/${p.id}/transitions`, { version: p.version, to: 'confirmed', note: '好' });
    expect(code(noRating)).toEqual({ status: 400, code: 'VALIDATION_FAILED' });
    const closed = await ok(member, p, { to: 'confirmed', note: '企业 7 个工作日未答复，按已解决办结。', satisfaction: 'satisfied' });
    expect(closed).toMatchObject({ status: 'confirmed', satisfaction: null, closedWithoutAnswer: true, answerDueAt: null, actions: [] });
    expect(closed.events.at(-1)).toMatchObject({ fromStatus: 'solved', toStatus: 'confirmed', actorRole: 'operator', detail: { closedWithoutAnswer: true } });
    const forCompany = await company.get<ProblemDetailDto>(`/api/problems/${p.id}`);
    expect(forCompany.body).toMatchObject({ closedWithoutAnswer: true, actions: [] });
  });

  it('the dashboard counts it solved and confirmed, not rated: 满意率 leaves it out', async () => {
    const day = new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);
    const q = `/api/operator/problems/dashboard?from=${day}&to=${day}`;
    const before = (await admin.get<ProblemDashboardDto>(q)).body.totals;
    const p = await solved();
    await t.db.query(`UPDATE problem SET solved_at = now() - interval '21 days' WHERE id = $1`, [p.id]);
    await ok(admin, p, { to: 'confirmed', note: '企业未答复，按已解决办结。' });
    const after = (await admin.get<ProblemDashboardDto>(q)).body.totals;
    expect(after.collected - before.collected).toBe(1);
    expect(after.solved - before.solved).toBe(1);
    expect(after.confirmed - before.confirmed).toBe(1);
    expect(after.rated - before.rated).toBe(0);
    expect(after.closedWithoutAnswer - before.closedWithoutAnswer).toBe(1);
    // Recomputed from the raw rows of the same day.
    const [raw] = await t.db.query(
      `SELECT count(*) FILTER (WHERE closed_without_answer)::int AS closed, count(*) FILTER (WHERE status = 'confirmed' AND satisfaction IS NOT NULL)::int AS rated
         FROM problem WHERE (created_at AT TIME ZONE 'Asia/Shanghai')::date = $1::date`,
      [day],
    );
    expect({ closed: after.closedWithoutAnswer, rated: after.rated }).toEqual(raw);
  });
});
