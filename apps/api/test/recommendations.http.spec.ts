import type { ApiErrorBody, Page, RecommendationDto, RecommendationRuleDto, RecommendationsDto } from '@qifu/contracts';
import { randomUUID } from 'node:crypto';
import { signInOperator, signUpCompany, signUpProvider } from './support/accounts';
import { Browser } from './support/browser';
import { startTestApp, type TestApp } from './support/test-app';

// Recommendations for a signed-in company: the seeded rules reach the right companies with their
// reasons, a dismissal removes a card for that company only, an open intent removes its service,
// a service's page gets related cards without itself, and the operator reads the rules.

let t: TestApp;
let gaoqiServiceId: string;
let gaoqiRuleId: string;
beforeAll(async () => {
  t = await startTestApp();
  const [s]: { id: string }[] = await t.db.query(`SELECT id FROM service_listing WHERE title = '高新技术企业认定辅导'`);
  gaoqiServiceId = s.id;
  const [r]: { id: string }[] = await t.db.query(`SELECT id FROM recommendation_rule WHERE code = 'high-tech-certification'`);
  gaoqiRuleId = r.id;
});
afterAll(async () => {
  await t?.close();
});

const GAOQI_REASON = '贵司为科技型中小企业，可申报高新技术企业认定';
const code = (res: { body: unknown }) => (res.body as ApiErrorBody).code;
const recs = async (b: Browser, query = '') => {
  const res = await b.get<RecommendationsDto>(`/api/recommendations${query}`);
  expect(res.status).toBe(200);
  return res.body.items;
};
const gaoqi = (items: RecommendationDto[]) => items.find((i) => i.key === gaoqiServiceId);

describe('recommendations for a company', () => {
  it('gives a 科技型中小企业 without 高新技术企业 the 高企 reason, with its rule', async () => {
    const company = await signUpCompany(t, { stage: 'growth', tiers: ['tech_sme'] });
    const items = await recs(company);
    expect(items.length).toBeGreaterThanOrEqual(3);
    expect(items.length).toBeLessThanOrEqual(6);
    const card = gaoqi(items);
    expect(card).toMatchObject({ source: 'rule', ruleId: gaoqiRuleId, reason: { zhCN: GAOQI_REASON } });
    expect(card?.reason?.enUS).toMatch(/high-tech enterprise certification/);
    expect(card?.service.title).toBe('高新技术企业认定辅导');
    // The heaviest rule it meets leads.
    expect(items[0].key).toBe(gaoqiServiceId);
    // Every card is a visible service, with a reason or a source the web words.
    for (const i of items) {
      expect(i.key).toBe(i.service.id);
      if (i.source === 'rule') expect(i.reason?.zhCN.length).toBeGreaterThan(0);
      else expect(i.reason).toBeNull();
    }
    expect(new Set(items.map((i) => i.key)).size).toBe(items.length);
  });

  it('does not give the 高企 reason to a 高新技术企业, but the R&D deduction', async () => {
    const company = await signUpCompany(t, { stage: 'growth', tiers: ['tech_sme', 'high_tech'] });
    const items = await recs(company);
    expect(gaoqi(items)).toBeUndefined();
    expect(items.map((i) => i.service.title)).toContain('研发费用加计扣除辅导');
  });

  it('follows the life cycle: a start-up gets 创业辅导, a pre-IPO company 上市挂牌', async () => {
    const startup = await signUpCompany(t, { stage: 'startup', tiers: [] });
    const startupCats = (await recs(startup)).map((i) => i.service.category.code);
    expect(startupCats).toEqual(expect.arrayContaining(['startup-mentoring', 'bookkeeping-tax', 'social-security']));
    const preIpo = await signUpCompany(t, { stage: 'listing', tiers: ['high_tech'] });
    const preIpoItems = await recs(preIpo);
    // Its two 上市挂牌 rules make that category lead; one card per category comes first, so the cards span several.
    expect(preIpoItems[0].service.title).toBe('新三板挂牌辅导');
    expect(new Set(preIpoItems.map((i) => i.service.category.code)).size).toBe(preIpoItems.length);
    expect(preIpoItems.map((i) => i.service.category.code)).not.toContain('startup-mentoring');
  });

  it('removes a dismissed card for that company only, and takes the dismissal back', async () => {
    const company = await signUpCompany(t, { tiers: ['tech_sme'] });
    const other = await signUpCompany(t, { tiers: ['tech_sme'] });
    expect(gaoqi(await recs(company))).toBeDefined();

    // Another company "dismissing" it dismisses it for itself, never for the first.
    expect((await other.post(`/api/recommendations/${gaoqiServiceId}/dismiss`)).status).toBe(204);
    expect(gaoqi(await recs(company))).toBeDefined();
    expect(gaoqi(await recs(other))).toBeUndefined();

    const dismissed = await company.post(`/api/recommendations/${gaoqiServiceId}/dismiss`);
    expect(dismissed.status).toBe(204);
    // Twice is the same state.
    expect((await company.post(`/api/recommendations/${gaoqiServiceId}/dismiss`)).status).toBe(204);
    const after = await recs(company);
    expect(gaoqi(after)).toBeUndefined();
    expect(after.length).toBeGreaterThan(0);
    const rows: { n: number }[] = await t.db.query(`SELECT count(*)::int AS n FROM recommendation_dismissal WHERE company_id = $1`, [company.me!.organisation.id]);
    expect(rows[0].n).toBe(1);

    expect((await company.delete(`/api/recommendations/${gaoqiServiceId}/dismiss`)).status).toBe(204);
    expect(gaoqi(await recs(company))).toBeDefined();
  });

  it('refuses a dismissal of a key that is no service, or not an id', async () => {
    const company = await signUpCompany(t);
    const unknown = await company.post(`/api/recommendations/${randomUUID()}/dismiss`);
    expect(unknown.status).toBe(404);
    expect(code(unknown)).toBe('SERVICE_NOT_FOUND');
    const bad = await company.post('/api/recommendations/not-an-id/dismiss');
    expect(bad.status).toBe(400);
    expect(code(bad)).toBe('INVALID_ID');
  });

  it('leaves out a service the company has an open intent on', async () => {
    const company = await signUpCompany(t, { tiers: ['tech_sme'] });
    const created = await company.post('/api/intents', {
      serviceId: gaoqiServiceId,
      need: '希望申报今年的高新技术企业认定。',
      budgetNegotiable: true,
      wishedStartDate: '2027-01-15',
      contactName: '王经理',
      contactPhone: '13800001234',
    });
    expect(created.status).toBe(201);
    const items = await recs(company);
    expect(gaoqi(items)).toBeUndefined();
  });

  it('on a service page: related ones, without that service', async () => {
    const company = await signUpCompany(t, { tiers: ['tech_sme'] });
    const items = await recs(company, `?context=service&serviceId=${gaoqiServiceId}`);
    expect(items.length).toBeGreaterThan(0);
    expect(items.length).toBeLessThanOrEqual(4);
    expect(gaoqi(items)).toBeUndefined();
    // Its own category (项目申报) comes first.
    expect(items[0].service.category.code).toBe('project-application');
    expect(items.some((i) => i.source === 'related' || i.source === 'rule')).toBe(true);

    const missing = await company.get(`/api/recommendations?context=service`);
    expect(missing.status).toBe(400);
    expect(code(missing)).toBe('VALIDATION_FAILED');
    const gone = await company.get(`/api/recommendations?context=service&serviceId=${randomUUID()}`);
    expect(gone.status).toBe(404);
    expect(code(gone)).toBe('SERVICE_NOT_FOUND');
    const odd = await company.get(`/api/recommendations?context=elsewhere`);
    expect(odd.status).toBe(400);
  });

  it('skips a stored rule whose condition does not parse, instead of failing', async () => {
    const [{ id }]: { id: string }[] = await t.db.query(
      `INSERT INTO recommendation_rule (code, condition, category_code, weight, reason_zh, reason_en)
       VALUES ($1, '{"all":[{"type":"sql","text":"1=1"}]}', 'computing', 100, '坏规则', 'bad rule') RETURNING id`,
      [`bad-${randomUUID().slice(0, 8)}`],
    );
    try {
      const company = await signUpCompany(t, { tiers: ['tech_sme'] });
      const items = await recs(company);
      expect(items.map((i) => i.ruleId)).not.toContain(id);
      expect(gaoqi(items)).toBeDefined();
    } finally {
      await t.db.query(`DELETE FROM recommendation_rule WHERE id = $1`, [id]);
    }
  });

  it('is for companies only: anonymous 401, a provider or the operator 403', async () => {
    const anon = new Browser(t.baseUrl);
    const res = await anon.get('/api/recommendations');
    expect(res.status).toBe(401);
    expect(code(res)).toBe('UNAUTHENTICATED');
    expect((await anon.post(`/api/recommendations/${gaoqiServiceId}/dismiss`)).status).toBe(401);
    const provider = await signUpProvider(t, { approve: true });
    expect((await provider.get('/api/recommendations')).status).toBe(403);
    const op = await signInOperator(t, 'member');
    expect((await op.get('/api/recommendations')).status).toBe(403);
  });
});

describe('the rules in the operator console', () => {
  it('lists the seeded rules heaviest first, with categories and services, and pages', async () => {
    const op = await signInOperator(t, 'member');
    const res = await op.get<Page<RecommendationRuleDto>>('/api/operator/recommendation-rules?pageSize=100');
    expect(res.status).toBe(200);
    expect(res.body.total).toBeGreaterThanOrEqual(10);
    const weights = res.body.items.map((r) => r.weight);
    expect(weights).toEqual([...weights].sort((a, b) => b - a));
    const gaoqiRule = res.body.items.find((r) => r.code === 'high-tech-certification');
    expect(gaoqiRule).toMatchObject({
      id: gaoqiRuleId,
      category: { code: 'project-application', nameZh: '项目申报' },
      service: { id: gaoqiServiceId, title: '高新技术企业认定辅导' },
      reasonZh: GAOQI_REASON,
      condition: { all: [{ type: 'has_tier', tier: 'tech_sme' }, { type: 'lacks_tier', tier: 'high_tech' }] },
    });
    // Every seeded rule names a real listing when it names one (the seed resolved its title).
    const [{ n }]: { n: number }[] = await t.db.query(`SELECT count(DISTINCT category_code)::int AS n FROM recommendation_rule`);
    expect(n).toBeGreaterThanOrEqual(12);

    const page2 = await op.get<Page<RecommendationRuleDto>>('/api/operator/recommendation-rules?pageSize=5&page=2');
    expect(page2.body.items).toHaveLength(5);
    expect(page2.body.items[0].code).toBe(res.body.items[5].code);
    const filtered = await op.get<Page<RecommendationRuleDto>>('/api/operator/recommendation-rules?categoryCode=listing');
    expect(filtered.body.items.length).toBeGreaterThan(0);
    expect(filtered.body.items.every((r) => r.category.code === 'listing')).toBe(true);
    expect(filtered.body.total).toBe(filtered.body.items.length);
    const past = await op.get<Page<RecommendationRuleDto>>('/api/operator/recommendation-rules?page=50');
    expect(past.body).toMatchObject({ items: [], total: res.body.total });
    const bad = await op.get('/api/operator/recommendation-rules?sql=1');
    expect(bad.status).toBe(400);
  });

  it('is not for companies', async () => {
    const company = await signUpCompany(t);
    expect((await company.get('/api/operator/recommendation-rules')).status).toBe(403);
  });
});
