import type { ApiErrorBody, CategoryDto, Page, ProviderDetailDto, ProviderSummaryDto, ServiceDetailDto, ServiceSummaryDto } from '@qifu/contracts';
import { SEED_PROVIDERS } from '../src/database/seed/data/providers';
import { SEED_SERVICES } from '../src/database/seed/data/services';
import { versionPushed } from './support/catalogue-version';
import { startTestApp, type TestApp } from './support/test-app';

const NAMED_CATEGORIES = ['财务审计', '社保代办', '人才猎聘', '创业辅导', '科技咨询', '知识产权', '科技金融', '项目申报', '战略规划', '上市挂牌'];
const MISSING_ID = '00000000-0000-4000-8000-000000000000';

let t: TestApp;
// Other test files sign up providers of their own, so totals come from the database, not the seed.
let approvedProviders: number;
let visibleServices: number;
beforeAll(async () => {
  t = await startTestApp();
  approvedProviders = Number((await t.db.query(`SELECT count(*) AS n FROM provider WHERE status = 'approved'`))[0].n);
  visibleServices = Number(
    (await t.db.query(`SELECT count(*) AS n FROM service_listing s JOIN provider p ON p.id = s.provider_id
                        WHERE s.status = 'published' AND p.status = 'approved'`))[0].n,
  );
});
afterAll(async () => {
  await t?.close();
});

const services = (qs: string) => t.get<Page<ServiceSummaryDto>>(`/api/services${qs}`);
const expectError = (res: { status: number; body: unknown }, status: number, code: string) => {
  expect(res.status).toBe(status);
  const body = res.body as ApiErrorBody;
  expect(body.code).toBe(code);
  expect(typeof body.message).toBe('string');
  expect(body.message.length).toBeGreaterThan(0);
};

describe('GET /api/health', () => {
  it('is ready when the database answers', async () => {
    const res = await t.get<{ status: string; database: string }>('/api/health');
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ status: 'ok', database: 'up' });
  });

  it('echoes a request id for log correlation', async () => {
    const res = await t.get('/api/health/live');
    expect(res.status).toBe(200);
    expect(res.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });
});

describe('GET /api/categories', () => {
  it('lists the ten named categories with counts of published services', async () => {
    const res = await t.get<CategoryDto[]>('/api/categories');
    expect(res.status).toBe(200);
    const names = res.body.map((c) => c.nameZh);
    for (const name of NAMED_CATEGORIES) expect(names).toContain(name);
    for (const c of res.body) expect(c.serviceCount).toBeGreaterThan(0);
    const total = res.body.reduce((n, c) => n + c.serviceCount, 0);
    expect(total).toBe(visibleServices);
    expect(total).toBeGreaterThanOrEqual(SEED_SERVICES.length);
  });

  it('counts match the database', async () => {
    const res = await t.get<CategoryDto[]>('/api/categories');
    const rows: { category_code: string; n: string }[] = await t.db.query(
      `SELECT category_code, count(*) AS n FROM service_listing WHERE status = 'published' GROUP BY 1`,
    );
    const byCode = new Map(rows.map((r) => [r.category_code, Number(r.n)]));
    for (const c of res.body) expect(c.serviceCount).toBe(byCode.get(c.code));
  });
});

describe('GET /api/providers', () => {
  it('pages through the providers, the 14 of opening day first', async () => {
    const first = await t.get<Page<ProviderSummaryDto>>('/api/providers?pageSize=5');
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({ total: approvedProviders, page: 1, pageSize: 5 });
    expect(first.body.items).toHaveLength(5);
    const third = await t.get<Page<ProviderSummaryDto>>('/api/providers?pageSize=5&page=3');
    expect(third.body.items).toHaveLength(Math.min(5, approvedProviders - 10));
    const all = await t.get<Page<ProviderSummaryDto>>('/api/providers?pageSize=100');
    expect(all.body.items.slice(0, 14).map((p) => p.name).sort()).toEqual(SEED_PROVIDERS.map((p) => p.name).sort());
    const ids = new Set([...first.body.items, ...third.body.items].map((p) => p.id));
    expect(ids.size).toBe(first.body.items.length + third.body.items.length);
  });

  it('filters by category and keyword', async () => {
    const ip = await t.get<Page<ProviderSummaryDto>>('/api/providers?category=intellectual-property');
    expect(ip.status).toBe(200);
    expect(ip.body.items.map((p) => p.name)).toEqual(
      expect.arrayContaining(['郑州高新科创知识产权服务有限公司', '郑州慧之途知识产权代理有限公司']),
    );
    for (const p of ip.body.items) expect(p.categories.map((c) => c.code)).toContain('intellectual-property');
    const hr = await t.get<Page<ProviderSummaryDto>>(`/api/providers?q=${encodeURIComponent('人力资源')}`);
    expect(hr.body.total).toBe(3);
  });

  it('answers an empty page past the end with the real total', async () => {
    const res = await t.get<Page<ProviderSummaryDto>>('/api/providers?page=50');
    expect(res.status).toBe(200);
    expect(res.body.items).toEqual([]);
    expect(res.body.total).toBe(approvedProviders);
  });

  it('shows a provider with its services', async () => {
    const list = await t.get<Page<ProviderSummaryDto>>(`/api/providers?q=${encodeURIComponent('富平')}`);
    const id = list.body.items[0].id;
    const res = await t.get<ProviderDetailDto>(`/api/providers/${id}`);
    expect(res.status).toBe(200);
    expect(res.body.name).toBe('河南富平联合会计师事务所（普通合伙）');
    expect(res.body.services.length).toBeGreaterThan(0);
    expect(res.body.services.length).toBe(res.body.serviceCount);
    for (const s of res.body.services) expect(s.provider.id).toBe(id);
  });

  it('rejects bad ids and unknown ones with codes', async () => {
    expectError(await t.get('/api/providers/not-an-id'), 400, 'INVALID_ID');
    expectError(await t.get(`/api/providers/${MISSING_ID}`), 404, 'PROVIDER_NOT_FOUND');
    expectError(await t.get('/api/providers?category=no-such-thing'), 400, 'UNKNOWN_CATEGORY');
    expectError(await t.get('/api/providers?pageSize=0'), 400, 'VALIDATION_FAILED');
  });
});

describe('GET /api/services', () => {
  it('lists published services newest first, paginated', async () => {
    const res = await services('?pageSize=10');
    expect(res.status).toBe(200);
    expect(res.body.total).toBe(visibleServices);
    expect(res.body.items).toHaveLength(10);
    const dates = res.body.items.map((s) => s.publishedAt);
    expect([...dates].sort().reverse()).toEqual(dates);
    const page2 = await services('?pageSize=10&page=2');
    const overlap = page2.body.items.filter((s) => res.body.items.some((x) => x.id === s.id));
    expect(overlap).toEqual([]);
  });

  it('accepts pageSize 100 and refuses more', async () => {
    expect((await services('?pageSize=100')).status).toBe(200);
    const res = await services('?pageSize=10000');
    expectError(res, 400, 'VALIDATION_FAILED');
    expect((res.body as unknown as ApiErrorBody).details?.[0].field).toBe('pageSize');
  });

  it.each([
    ['?page=-1', 'VALIDATION_FAILED'],
    ['?page=abc', 'VALIDATION_FAILED'],
    ['?page=1.5', 'VALIDATION_FAILED'],
    ['?stage=teen', 'VALIDATION_FAILED'],
    ['?sort=cheapest', 'VALIDATION_FAILED'],
    ['?provider=xyz', 'VALIDATION_FAILED'],
    ['?category=Bad%20Code', 'VALIDATION_FAILED'],
    ['?unexpected=1', 'VALIDATION_FAILED'],
    ['?category=no-such-category', 'UNKNOWN_CATEGORY'],
    [`?provider=${MISSING_ID}`, 'UNKNOWN_PROVIDER'],
    [`?q=${'x'.repeat(101)}`, 'VALIDATION_FAILED'],
  ])('%s → 400 %s', async (qs, code) => {
    expectError(await services(qs), 400, code);
  });

  it('filters by category, stage and provider', async () => {
    const audit = await services('?category=financial-audit');
    expect(audit.body.total).toBeGreaterThan(0);
    for (const s of audit.body.items) expect(s.category.nameZh).toBe('财务审计');

    const listing = await services('?stage=listing&pageSize=100');
    const [stageRow] = await t.db.query(
      `SELECT count(*)::int AS n FROM service_listing s JOIN provider p ON p.id = s.provider_id
        WHERE s.status = 'published' AND p.status = 'approved' AND 'listing' = ANY(s.stages)`,
    );
    expect(listing.body.total).toBe(stageRow.n);
    expect(listing.body.total).toBeGreaterThanOrEqual(SEED_SERVICES.filter((s) => s.stages.includes('listing')).length);
    for (const s of listing.body.items) expect(s.stages).toContain('listing');

    const providers = await t.get<Page<ProviderSummaryDto>>(`/api/providers?q=${encodeURIComponent('慧之途')}`);
    const pid = providers.body.items[0].id;
    const own = await services(`?provider=${pid}&pageSize=100`);
    expect(own.body.total).toBe(providers.body.items[0].serviceCount);
    for (const s of own.body.items) expect(s.provider.id).toBe(pid);
  });

  it.each([
    ['知识产权', (s: ServiceSummaryDto) => s.category.nameZh === '知识产权' || s.title.includes('知识产权')],
    ['社保', (s: ServiceSummaryDto) => s.title.includes('社保') || s.category.nameZh.includes('社保')],
    ['税', (s: ServiceSummaryDto) => s.title.includes('税')],
    ['审计', (s: ServiceSummaryDto) => s.category.nameZh === '财务审计' || s.title.includes('审计')],
  ])('finds Chinese keyword %s and ranks a title or category hit first', async (q, isStrongHit) => {
    const res = await services(`?q=${encodeURIComponent(q)}&pageSize=100`);
    expect(res.status).toBe(200);
    expect(res.body.total).toBeGreaterThan(0);
    expect(isStrongHit(res.body.items[0])).toBe(true);
    // Every hit really contains the keyword somewhere searchable.
    const rows: { id: string }[] = await t.db.query(
      `SELECT s.id FROM service_listing s JOIN provider p ON p.id = s.provider_id JOIN category c ON c.code = s.category_code
        WHERE s.status = 'published' AND concat_ws(' ', s.title, s.summary, s.description, c.name_zh, p.name) LIKE $1`,
      [`%${q}%`],
    );
    expect(res.body.items.map((s) => s.id).sort()).toEqual(rows.map((r) => r.id).sort());
  });

  it('finds services by provider name', async () => {
    const res = await services(`?q=${encodeURIComponent('北京外企')}&pageSize=100`);
    expect(res.body.total).toBeGreaterThan(0);
    for (const s of res.body.items) expect(s.provider.name).toBe('北京外企人力资源服务河南有限公司');
  });

  it('matches Latin text in any case', async () => {
    const lower = await services('?q=ai');
    const upper = await services('?q=AI');
    const mixed = await services('?q=Ai');
    expect(lower.body.total).toBeGreaterThan(0);
    expect(upper.body.items.map((s) => s.id)).toEqual(lower.body.items.map((s) => s.id));
    expect(mixed.body.total).toBe(lower.body.total);
  });

  it('requires every keyword to match', async () => {
    const one = await services(`?q=${encodeURIComponent('代理')}&pageSize=100`);
    const two = await services(`?q=${encodeURIComponent('代理 商标')}&pageSize=100`);
    expect(two.body.total).toBeGreaterThan(0);
    expect(two.body.total).toBeLessThan(one.body.total);
  });

  it('treats LIKE wildcards and quotes as literal text', async () => {
    for (const q of ['%', '_', "'; DROP TABLE service_listing; --", '\\']) {
      const res = await services(`?q=${encodeURIComponent(q)}&pageSize=100`);
      expect(res.status).toBe(200);
      const [row]: { n: number }[] = await t.db.query(
        `SELECT count(*)::int AS n FROM service_listing WHERE status = 'published' AND strpos(search_text, $1) > 0`,
        [q],
      );
      expect(res.body.total).toBe(row.n);
      expect(res.body.total).toBeLessThan(visibleServices);
    }
    expect((await services('')).body.total).toBe(visibleServices);
  });

  it('sorts by price with 面议 last', async () => {
    const asc = await services('?sort=price_asc&pageSize=100');
    const prices = asc.body.items.map((s) => s.price.min);
    const priced = prices.filter((p): p is number => p !== null);
    expect([...priced].sort((a, b) => a - b)).toEqual(priced);
    expect(prices.slice(priced.length).every((p) => p === null)).toBe(true);
  });

  it('shows a service with its provider and related services', async () => {
    // A seeded listing by its title: other suites publish listings of their own into the same catalogue.
    const list = await services(`?q=${encodeURIComponent('知识产权质押融资对接')}`);
    const seeded = list.body.items.filter((s) => s.title === '知识产权质押融资对接');
    expect(seeded).toHaveLength(1);
    const id = seeded[0].id;
    const res = await t.get<ServiceDetailDto>(`/api/services/${id}`);
    expect(res.status).toBe(200);
    expect(res.body.id).toBe(id);
    expect(res.body.description.length).toBeGreaterThan(20);
    expect(res.body.deliverables.length).toBeGreaterThan(0);
    expect(res.body.provider.name).toBe(seeded[0].provider.name);
    expect(res.body.provider.contactPhone).toMatch(/\d/);
    for (const r of res.body.related) {
      expect(r.id).not.toBe(id);
      expect(r.category.code).toBe(res.body.category.code);
    }
  });

  it('rejects bad ids and unknown ones with codes', async () => {
    expectError(await t.get('/api/services/123'), 400, 'INVALID_ID');
    expectError(await t.get(`/api/services/${MISSING_ID}`), 404, 'SERVICE_NOT_FOUND');
    expectError(await t.get("/api/services/'%20OR%201=1"), 400, 'INVALID_ID');
  });

  it('hides draft services', async () => {
    const [row]: { id: string }[] = await t.db.query(`SELECT id FROM service_listing WHERE status = 'published' ORDER BY id LIMIT 1`);
    await t.db.query(`UPDATE service_listing SET status = 'draft' WHERE id = $1`, [row.id]);
    await versionPushed(t);
    try {
      expectError(await t.get(`/api/services/${row.id}`), 404, 'SERVICE_NOT_FOUND');
      expect((await services('?pageSize=100')).body.total).toBe(visibleServices - 1);
    } finally {
      await t.db.query(`UPDATE service_listing SET status = 'published' WHERE id = $1`, [row.id]);
      await versionPushed(t);
    }
  });
});

describe('unknown routes and documentation', () => {
  it('answers an unknown API route with a coded 404', async () => {
    expectError(await t.get('/api/nothing-here'), 404, 'ROUTE_NOT_FOUND');
  });

  it('publishes the OpenAPI document with the query parameters', async () => {
    const res = await t.get<{ paths: Record<string, { get: { parameters: { name: string }[] } }> }>('/api/docs-json');
    expect(res.status).toBe(200);
    expect(Object.keys(res.body.paths)).toEqual(
      expect.arrayContaining(['/api/health', '/api/categories', '/api/services', '/api/services/{id}', '/api/providers', '/api/providers/{id}']),
    );
    const names = res.body.paths['/api/services'].get.parameters.map((p) => p.name);
    expect(names).toEqual(expect.arrayContaining(['q', 'category', 'stage', 'provider', 'sort', 'page', 'pageSize']));
    const ui = await t.get<string>('/api/docs');
    expect(ui.status).toBe(200);
    expect(String(ui.body)).toContain('swagger');
  });
});
