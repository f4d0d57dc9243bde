import type { ApiErrorBody, IntentDetailDto, ProblemDetailDto, ProviderListingDto } from '@qifu/contracts';
import { signInOperator, signUpCompany, signUpProvider, uniq } from './support/accounts';
import type { Browser, HttpResult } from './support/browser';
import { startTestApp, type TestApp } from './support/test-app';

// A service-desk problem turned into a marketplace request: the intent is the problem company's,
// linked both ways, made once; when the intent completes the problem is proposed as solved and the
// company has the last word.

let t: TestApp;
let op: Browser;
let company: Browser;
let other: Browser;
let provider: Browser;
let serviceId: string;

const code = (r: HttpResult) => ({ status: r.status, code: (r.body as ApiErrorBody).code });
const request = (p: { version: number }, over: Record<string, unknown> = {}) => ({
  serviceId,
  need: '企业问题转办：研发岗位招聘困难，急需三名嵌入式工程师。',
  wishedStartDate: '2026-12-20',
  contactName: '王经理',
  contactPhone: '13800001111',
  version: p.version,
  ...over,
});

async function raise(b: Browser): Promise<ProblemDetailDto> {
  const res = await b.post<ProblemDetailDto>('/api/problems', { categoryCode: 'recruitment', description: `研发岗位招聘困难${uniq()}，急需三名嵌入式工程师。` });
  if (res.status !== 201) throw new Error(`raise: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body;
}

beforeAll(async () => {
  t = await startTestApp();
  op = await signInOperator(t, 'admin');
  company = await signUpCompany(t);
  other = await signUpCompany(t);
  provider = await signUpProvider(t, { approve: true });
  const draft = await provider.post<ProviderListingDto>('/api/provider/listings', {
    title: `嵌入式工程师猎聘${uniq()}`,
    categoryCode: 'recruitment',
    stages: ['growth'],
    summary: '为园区科技企业猎聘嵌入式研发工程师。',
    description: '## 服务内容\n\n- 岗位画像\n- 人选推荐',
    deliverables: ['人选报告'],
    priceModel: 'negotiable',
    priceMin: null,
    priceMax: null,
    priceUnit: null,
    duration: '4周',
  });
  if (draft.status !== 201) throw new Error(`listing: ${draft.status} ${JSON.stringify(draft.body)}`);
  serviceId = draft.body.id;
  const published = await provider.post(`/api/provider/listings/${serviceId}/publish`);
  if (published.status >= 300) throw new Error(`publish: ${published.status} ${JSON.stringify(published.body)}`);
});

afterAll(async () => {
  await t?.close();
});

describe('problem → marketplace request', () => {
  it('makes an intent for the problem company, accepts the problem, links both ways', async () => {
    const p = await raise(company);
    expect(p.intent).toBeNull();
    const asOp = (await op.get<ProblemDetailDto>(`/api/problems/${p.id}`)).body;
    expect(asOp.canRequestService).toBe(true);
    expect((await company.get<ProblemDetailDto>(`/api/problems/${p.id}`)).body.canRequestService).toBe(false);

    const res = await op.post<ProblemDetailDto>(`/api/problems/${p.id}/intent`, request(p));
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ status: 'accepted', version: p.version + 1, canRequestService: false, assignee: { id: op.me?.user.id } });
    expect(res.body.intent).toMatchObject({ status: 'submitted', providerName: provider.me?.organisation.name });
    expect(res.body.stages.accept.doneAt).not.toBeNull();
    expect(res.body.events.at(-1)).toMatchObject({ fromStatus: 'reported', toStatus: 'accepted', note: '转为企服超市服务需求', detail: { intentId: res.body.intent?.id } });

    const intentId = res.body.intent?.id as string;
    const forCompany = await company.get<IntentDetailDto>(`/api/intents/${intentId}`);
    expect(forCompany.status).toBe(200);
    expect(forCompany.body).toMatchObject({ problemId: p.id, company: { id: company.me?.organisation.id }, status: 'submitted' });
    expect((await op.get<IntentDetailDto>(`/api/intents/${intentId}`)).body.problemId).toBe(p.id);
    // The provider answers the request; the problem is not its business.
    const forProvider = await provider.get<IntentDetailDto>(`/api/intents/${intentId}`);
    expect(forProvider.status).toBe(200);
    expect(forProvider.body.problemId).toBeNull();
  });

  it('is made once: a second request is 409, a stale version 409, and nothing changes', async () => {
    const p = await raise(company);
    const first = await op.post<ProblemDetailDto>(`/api/problems/${p.id}/intent`, request(p));
    expect(first.status).toBe(200);
    expect(code(await op.post(`/api/problems/${p.id}/intent`, request(first.body)))).toEqual({ status: 409, code: 'PROBLEM_NOT_BRIDGEABLE' });

    const q = await raise(company);
    expect(code(await op.post(`/api/problems/${q.id}/intent`, request(q, { version: q.version + 1 })))).toEqual({ status: 409, code: 'PROBLEM_CONFLICT' });
    const after = (await op.get<ProblemDetailDto>(`/api/problems/${q.id}`)).body;
    expect(after).toMatchObject({ status: 'reported', version: q.version, intent: null });
  });

  it('of concurrent requests for one problem exactly one links, and one intent exists', async () => {
    const p = await raise(company);
    const results = await Promise.all(Array.from({ length: 4 }, () => op.post<ProblemDetailDto>(`/api/problems/${p.id}/intent`, request(p))));
    expect(results.filter((r) => r.status === 200)).toHaveLength(1);
    for (const r of results.filter((x) => x.status !== 200)) expect(r.status).toBe(409);
    const intents = await t.db.query(`SELECT count(*)::int AS n FROM intent WHERE company_id = $1 AND idempotency_key = $2`, [company.me?.organisation.id, `problem-${p.id}`]);
    expect(intents[0].n).toBe(1);
  });

  it('refuses companies, other companies, bad bodies and unavailable services, saving nothing', async () => {
    const p = await raise(company);
    expect(code(await company.post(`/api/problems/${p.id}/intent`, request(p)))).toEqual({ status: 403, code: 'FORBIDDEN' });
    expect((await other.post(`/api/problems/${p.id}/intent`, request(p))).status).toBe(403);
    expect(code(await op.post(`/api/problems/${p.id}/intent`, request(p, { contactPhone: 'abc' })))).toEqual({ status: 400, code: 'VALIDATION_FAILED' });
    expect(code(await op.post(`/api/problems/${p.id}/intent`, request(p, { need: '短' })))).toEqual({ status: 400, code: 'VALIDATION_FAILED' });
    expect(code(await op.post(`/api/problems/00000000-0000-7000-8000-000000000009/intent`, request(p)))).toEqual({ status: 404, code: 'PROBLEM_NOT_FOUND' });
    const gone = await op.post(`/api/problems/${p.id}/intent`, request(p, { serviceId: '00000000-0000-7000-8000-000000000009' }));
    expect(code(gone)).toEqual({ status: 400, code: 'SERVICE_UNAVAILABLE_FOR_INTENT' });
    expect((await op.get<ProblemDetailDto>(`/api/problems/${p.id}`)).body).toMatchObject({ status: 'reported', version: p.version, intent: null });
  });

  it('a completed intent proposes the problem as solved; the company confirms and rates', async () => {
    const p = await raise(company);
    const bridged = (await op.post<ProblemDetailDto>(`/api/problems/${p.id}/intent`, request(p))).body;
    const intentId = bridged.intent?.id as string;
    const step = async (b: Browser, to: string, extra: Record<string, unknown> = {}) => {
      const r = await b.post(`/api/intents/${intentId}/transitions`, { to, ...extra });
      if (r.status !== 200) throw new Error(`${to}: ${r.status} ${JSON.stringify(r.body)}`);
    };
    await step(provider, 'accepted');
    await step(provider, 'negotiating');
    await step(provider, 'signed', { contractAmount: 36000, signedOn: '2026-12-04' });
    await step(provider, 'in_service');
    // Still open while the service runs.
    expect((await company.get<ProblemDetailDto>(`/api/problems/${p.id}`)).body.status).toBe('accepted');
    await step(company, 'completed');

    const solved = (await company.get<ProblemDetailDto>(`/api/problems/${p.id}`)).body;
    expect(solved).toMatchObject({ status: 'solved', intent: { id: intentId, status: 'completed' } });
    expect(solved.stages.solve.doneAt).not.toBeNull();
    expect(solved.events.at(-1)).toMatchObject({ fromStatus: 'accepted', toStatus: 'solved', detail: { intentId, via: 'intent_completed' } });
    expect(solved.actions.map((a) => a.to).sort()).toEqual(['confirmed', 'reopened']);
    const confirmed = await company.post<ProblemDetailDto>(`/api/problems/${p.id}/transitions`, { to: 'confirmed', version: solved.version, satisfaction: 'satisfied' });
    expect(confirmed.status).toBe(200);
    expect(confirmed.body).toMatchObject({ status: 'confirmed', satisfaction: 'satisfied' });
  });

  it('a problem the operator already solved is left alone when its intent completes', async () => {
    const p = await raise(company);
    const bridged = (await op.post<ProblemDetailDto>(`/api/problems/${p.id}/intent`, request(p))).body;
    const solved = await op.post<ProblemDetailDto>(`/api/problems/${p.id}/transitions`, { to: 'solved', version: bridged.version, note: '已线下解决' });
    expect(solved.status).toBe(200);
    const intentId = bridged.intent?.id as string;
    for (const [b, to, extra] of [
      [provider, 'accepted', {}],
      [provider, 'negotiating', {}],
      [provider, 'signed', { contractAmount: 1000, signedOn: '2026-12-04' }],
      [provider, 'in_service', {}],
      [company, 'completed', {}],
    ] as const) {
      expect((await b.post(`/api/intents/${intentId}/transitions`, { to, ...extra })).status).toBe(200);
    }
    const after = (await op.get<ProblemDetailDto>(`/api/problems/${p.id}`)).body;
    expect(after.version).toBe(solved.body.version);
    expect(after.events.filter((e) => e.toStatus === 'solved')).toHaveLength(1);
  });
});
