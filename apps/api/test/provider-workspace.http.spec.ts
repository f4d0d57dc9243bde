import type { ApiErrorBody, IntentDetailDto, ModeratedListingDto, Page, ProviderDetailDto, ProviderFiguresDto, ProviderListingDto, ProviderProfileDto, ServiceSummaryDto } from '@qifu/contracts';
import { ViewFold } from '../src/modules/listings/view-fold';
import { ViewCounter } from '../src/modules/listings/view-counter';
import { addMember, signInOperator, signUpCompany, signUpProvider, uniq } from './support/accounts';
import type { Browser } from './support/browser';
import { startTestApp, type TestApp } from './support/test-app';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp({ OVERDUE_SWEEP_SECONDS: '0' });
});
afterAll(async () => {
  await t?.close();
});

const code = (res: { body: unknown }) => (res.body as ApiErrorBody).code;
const listing = (overrides: Record<string, unknown> = {}) => ({
  title: `专利布局与挖掘咨询${uniq()}`,
  categoryCode: 'intellectual-property',
  stages: ['growth', 'mature'],
  summary: '围绕核心产品梳理技术点，制定三年专利布局方案。',
  description: '## 服务内容\n\n- 技术交底梳理\n- 专利挖掘与布局建议\n\n<script>alert(1)</script>',
  deliverables: ['专利布局报告', '挖掘清单'],
  priceModel: 'range',
  priceMin: 8000,
  priceMax: 20000,
  priceUnit: null,
  duration: '4–6周',
  ...overrides,
});
const search = (q: string) => t.get<Page<ServiceSummaryDto>>(`/api/services?q=${encodeURIComponent(q)}&pageSize=100`);

async function approvedProvider(): Promise<Browser> {
  return signUpProvider(t, { approve: true });
}

describe('provider listings', () => {
  it('refuses a provider that is not approved yet', async () => {
    const pending = await signUpProvider(t);
    const res = await pending.post('/api/provider/listings', listing());
    expect(res.status).toBe(403);
    expect(code(res)).toBe('PROVIDER_NOT_APPROVED');
  });

  it('drafts, publishes into the catalogue at once, edits and unlists', async () => {
    const p = await approvedProvider();
    const draft = await p.post<ProviderListingDto>('/api/provider/listings', listing());
    expect(draft.status).toBe(201);
    expect(draft.body).toMatchObject({ status: 'draft', publishedAt: null, figures: { views: 0, intents: 0 } });
    expect((await search(draft.body.title)).body.total).toBe(0);
    expect((await t.get(`/api/services/${draft.body.id}`)).status).toBe(404);

    const published = await p.post<ProviderListingDto>(`/api/provider/listings/${draft.body.id}/publish`);
    expect(published.body.status).toBe('published');
    const found = await search(draft.body.title);
    expect(found.body.items.map((s) => s.id)).toEqual([draft.body.id]);

    const renamed = `企业专利导航分析${uniq()}`;
    const edited = await p.request<ProviderListingDto>('PUT', `/api/provider/listings/${draft.body.id}`, listing({ title: renamed }));
    expect(edited.status).toBe(200);
    expect((await search(renamed)).body.total).toBe(1);

    // A company asks for it; unlisting takes it off the catalogue but keeps the intent.
    const company = await signUpCompany(t);
    const intent = await company.post<IntentDetailDto>('/api/intents', {
      serviceId: draft.body.id, need: '需要梳理核心专利。', budgetNegotiable: true, wishedStartDate: '2026-12-15', contactName: '赵总', contactPhone: '13800002222',
    });
    expect(intent.status).toBe(201);
    await p.post(`/api/provider/listings/${draft.body.id}/unlist`);
    expect((await search(renamed)).body.total).toBe(0);
    expect((await t.get(`/api/services/${draft.body.id}`)).status).toBe(404);
    expect((await company.get<IntentDetailDto>(`/api/intents/${intent.body.id}`)).body.service?.title).toBe(renamed);
    const mine = await p.get<Page<ProviderListingDto>>('/api/provider/listings?status=unlisted');
    expect(mine.body.items.find((l) => l.id === draft.body.id)?.figures.intents).toBe(1);
  });

  it.each([
    [{ priceModel: 'range', priceMin: 20000, priceMax: 8000 }, 'priceMax'],
    [{ priceModel: 'negotiable', priceMin: 100, priceMax: null }, 'priceModel'],
    [{ priceModel: 'fixed', priceMin: null, priceMax: null }, 'priceMin'],
    [{ stages: [] }, 'stages'],
    [{ title: 'x' }, 'title'],
    [{ providerId: '00000000-0000-4000-8000-000000000000' }, 'providerId'],
    [{ status: 'published' }, 'status'],
  ])('refuses %p with a message on %s', async (override, field) => {
    const p = await approvedProvider();
    const res = await p.post<ApiErrorBody>('/api/provider/listings', listing(override));
    expect(res.status).toBe(400);
    expect(res.body.details?.map((d) => d.field).join(',')).toContain(field);
  });

  // Such amounts passed the schema and then broke service_listing_price_chk (numeric(14,2) stores
  // 1.00–1.00): a 500. Money takes whole fen only, on create and on edit.
  it('refuses a price finer than one fen with a 400 naming the fields, and writes nothing', async () => {
    const p = await approvedProvider();
    const title = `代理记账${uniq()}`;
    const created = await p.post<ApiErrorBody>('/api/provider/listings', listing({ title, priceMin: 1.001, priceMax: 1.004 }));
    expect(created.status).toBe(400);
    expect(created.body.code).toBe('VALIDATION_FAILED');
    expect(created.body.details?.map((d) => d.field).sort()).toEqual(['priceMax', 'priceMin']);
    expect(created.body.details?.[0].message).toMatch(/two decimals/);
    expect((await t.db.query(`SELECT 1 FROM service_listing WHERE title = $1`, [title])).length).toBe(0);

    const l = await p.post<ProviderListingDto>('/api/provider/listings', listing({ priceMin: 1, priceMax: 1.01 }));
    expect(l.status).toBe(201);
    const edited = await p.request<ApiErrorBody>('PUT', `/api/provider/listings/${l.body.id}`, listing({ priceModel: 'fixed', priceMin: 0.001, priceMax: null }));
    expect(edited.status).toBe(400);
    expect(edited.body.details?.map((d) => d.field)).toEqual(['priceMin']);
  });

  // The schemas mirror every CHECK we know of, so none is left to reach from outside; a rule added
  // to the database before its schema is the case this covers. A CHECK added for the test stands
  // in for it: the request passes the schema, the INSERT breaks the CHECK, the caller gets a coded 400.
  it('answers a CHECK the schema does not guard with a 400 CONSTRAINT_VIOLATED, not a 500', async () => {
    const p = await approvedProvider();
    const title = `无效标题${uniq()}`;
    await t.db.query(`ALTER TABLE service_listing ADD CONSTRAINT service_listing_test_chk CHECK (title <> '${title}') NOT VALID`);
    try {
      const res = await p.post<ApiErrorBody>('/api/provider/listings', listing({ title }));
      expect(res.status).toBe(400);
      expect(res.body).toMatchObject({ code: 'CONSTRAINT_VIOLATED', message: expect.stringContaining('service_listing_test_chk') });
      expect(res.body.requestId).toBeTruthy();
    } finally {
      await t.db.query(`ALTER TABLE service_listing DROP CONSTRAINT service_listing_test_chk`);
    }
    expect((await p.post('/api/provider/listings', listing({ title }))).status).toBe(201);
  });

  it('refuses an unknown category and a duplicate title', async () => {
    const p = await approvedProvider();
    expect(code(await p.post('/api/provider/listings', listing({ categoryCode: 'no-such-category' })))).toBe('UNKNOWN_CATEGORY');
    const body = listing();
    expect((await p.post('/api/provider/listings', body)).status).toBe(201);
    const dup = await p.post('/api/provider/listings', body);
    expect(dup.status).toBe(409);
    expect(code(dup)).toBe('LISTING_TITLE_TAKEN');
  });

  it('deletes drafts only', async () => {
    const p = await approvedProvider();
    const a = await p.post<ProviderListingDto>('/api/provider/listings', listing());
    expect((await p.delete(`/api/provider/listings/${a.body.id}`)).status).toBe(204);
    expect(code(await p.get(`/api/provider/listings/${a.body.id}`))).toBe('LISTING_NOT_FOUND');
    const b = await p.post<ProviderListingDto>('/api/provider/listings', listing());
    await p.post(`/api/provider/listings/${b.body.id}/publish`);
    await p.post(`/api/provider/listings/${b.body.id}/unlist`);
    const res = await p.delete(`/api/provider/listings/${b.body.id}`);
    expect(res.status).toBe(409);
    expect(code(res)).toBe('LISTING_NOT_DRAFT');
  });

  it('keeps every listing private to its provider', async () => {
    const owner = await approvedProvider();
    const other = await approvedProvider();
    const l = await owner.post<ProviderListingDto>('/api/provider/listings', listing());
    const id = l.body.id;
    for (const res of [
      await other.get(`/api/provider/listings/${id}`),
      await other.request('PUT', `/api/provider/listings/${id}`, listing({ title: '被篡改的标题' })),
      await other.post(`/api/provider/listings/${id}/publish`),
      await other.post(`/api/provider/listings/${id}/unlist`),
      await other.delete(`/api/provider/listings/${id}`),
    ]) {
      expect(res.status).toBe(404);
      expect(code(res)).toBe('LISTING_NOT_FOUND');
    }
    const [row] = await t.db.query(`SELECT title, status FROM service_listing WHERE id = $1`, [id]);
    expect(row).toEqual({ title: l.body.title, status: 'draft' });
    const theirs = await other.get<Page<ProviderListingDto>>('/api/provider/listings?pageSize=100');
    expect(theirs.body.items.map((x) => x.id)).not.toContain(id);
  });
});

describe('moderation by the operator', () => {
  it('unlists with a reason the provider sees, and only the operator can restore', async () => {
    const p = await approvedProvider();
    const l = await p.post<ProviderListingDto>('/api/provider/listings', listing());
    await p.post(`/api/provider/listings/${l.body.id}/publish`);
    const company = await signUpCompany(t);
    expect((await company.post(`/api/operator/listings/${l.body.id}/unlist`, { reason: '违规' })).status).toBe(403);

    const op = await signInOperator(t);
    expect((await op.post(`/api/operator/listings/${l.body.id}/unlist`, {})).status).toBe(400);
    expect((await op.post(`/api/operator/listings/${l.body.id}/unlist`, { reason: '服务描述与资质不符，请补充专利代理资质。' })).status).toBe(204);
    const seen = await p.get<ProviderListingDto>(`/api/provider/listings/${l.body.id}`);
    expect(seen.body).toMatchObject({ status: 'unlisted', moderationReason: '服务描述与资质不符，请补充专利代理资质。' });
    expect((await t.get(`/api/services/${l.body.id}`)).status).toBe(404);
    const again = await p.post(`/api/provider/listings/${l.body.id}/publish`);
    expect(again.status).toBe(409);
    expect(code(again)).toBe('LISTING_MODERATED');

    expect((await op.post(`/api/operator/listings/${l.body.id}/restore`)).status).toBe(204);
    expect((await p.post(`/api/provider/listings/${l.body.id}/publish`)).status).toBe(200);
    expect((await t.get(`/api/services/${l.body.id}`)).status).toBe(200);
  });
});

describe("the operator's moderation list", () => {
  it('lists unlisted listings newest moderation first, pages with the real total, and restores from the list', async () => {
    const p = await approvedProvider();
    const tag = `审核${uniq()}`;
    const ids: string[] = [];
    for (let i = 0; i < 3; i++) {
      const l = await p.post<ProviderListingDto>('/api/provider/listings', listing({ title: `${tag}专利咨询${i}` }));
      await p.post(`/api/provider/listings/${l.body.id}/publish`);
      ids.push(l.body.id);
    }
    // One listing the provider unlisted itself: not a moderation, not in the list.
    const own = await p.post<ProviderListingDto>('/api/provider/listings', listing({ title: `${tag}自行下架` }));
    await p.post(`/api/provider/listings/${own.body.id}/publish`);
    await p.post(`/api/provider/listings/${own.body.id}/unlist`);

    const op = await signInOperator(t);
    for (const [i, id] of ids.entries()) {
      expect((await op.post(`/api/operator/listings/${id}/unlist`, { reason: `资质不符${i}` })).status).toBe(204);
    }
    const newestFirst = [...ids].reverse();
    const list = (query: string) => op.get<Page<ModeratedListingDto>>(`/api/operator/listings?moderated=true&q=${encodeURIComponent(tag)}&${query}`);

    const first = await list('pageSize=2');
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({ total: 3, page: 1, pageSize: 2 });
    expect(first.body.items.map((x) => x.id)).toEqual(newestFirst.slice(0, 2));
    expect(first.body.items[0]).toEqual({
      id: ids[2],
      title: `${tag}专利咨询2`,
      category: { code: 'intellectual-property', nameZh: expect.any(String), nameEn: expect.any(String) },
      provider: { id: p.me!.organisation.id, name: p.me!.organisation.name },
      moderationReason: '资质不符2',
      moderatedAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
      moderatedBy: '运营中心测试',
    });
    const second = await list('pageSize=2&page=2');
    expect(second.body).toMatchObject({ total: 3, page: 2 });
    expect(second.body.items.map((x) => x.id)).toEqual(newestFirst.slice(2));
    // Past the last page: no rows, the real total.
    expect((await list('pageSize=2&page=9')).body).toEqual({ items: [], total: 3, page: 9, pageSize: 2 });
    // Without a search the operator's list holds them too (newest first, so on the first page).
    const all = await op.get<Page<ModeratedListingDto>>('/api/operator/listings?moderated=true&pageSize=100');
    expect(all.body.items.map((x) => x.id)).toEqual(expect.arrayContaining(ids));
    expect(all.body.items.map((x) => x.id)).not.toContain(own.body.id);

    // Restore the one the list shows first: it leaves the list, and its provider may publish it again.
    const restored = first.body.items[0].id;
    expect((await op.post(`/api/operator/listings/${restored}/restore`)).status).toBe(204);
    const after = await list('pageSize=10');
    expect(after.body.total).toBe(2);
    expect(after.body.items.map((x) => x.id)).toEqual(newestFirst.slice(1));
    expect((await p.post(`/api/provider/listings/${restored}/publish`)).status).toBe(200);
    expect((await t.get(`/api/services/${restored}`)).status).toBe(200);
  });

  it('is for the operator only', async () => {
    const provider = await approvedProvider();
    const company = await signUpCompany(t);
    for (const b of [provider, company]) {
      const res = await b.get('/api/operator/listings?moderated=true');
      expect(res.status).toBe(403);
    }
    expect((await t.get('/api/operator/listings?moderated=true')).status).toBe(401);
  });

  it.each(['', '?moderated=false', '?moderated=true&page=0', '?moderated=true&pageSize=101', '?moderated=true&status=draft', `?moderated=true&q=${'长'.repeat(61)}`])(
    'refuses the query %p with a 400',
    async (query) => {
      const op = await signInOperator(t);
      const res = await op.get<ApiErrorBody>(`/api/operator/listings${query}`);
      expect(res.status).toBe(400);
      expect(res.body.code).toBe('VALIDATION_FAILED');
    },
  );
});

describe('figures', () => {
  it('counts views, intents, acceptance and sign rates and the median first response', async () => {
    const p = await approvedProvider();
    const l = await p.post<ProviderListingDto>('/api/provider/listings', listing());
    await p.post(`/api/provider/listings/${l.body.id}/publish`);
    for (let i = 0; i < 3; i++) await t.get(`/api/services/${l.body.id}`);
    await t.app.get(ViewCounter).flush();
    await t.app.get(ViewFold).fold();

    const company = await signUpCompany(t);
    const ask = () =>
      company.post<IntentDetailDto>('/api/intents', { serviceId: l.body.id, need: '请提供详细报价。', budgetNegotiable: true, wishedStartDate: '2026-12-15', contactName: '赵总', contactPhone: '13800002222' });
    const a = (await ask()).body;
    const b = (await ask()).body;
    await ask();
    await p.post(`/api/intents/${a.id}/transitions`, { to: 'accepted' });
    await p.post(`/api/intents/${b.id}/transitions`, { to: 'declined', reason: '排期已满' });
    await t.db.query(`UPDATE intent SET first_response_at = created_at + interval '2 hours' WHERE id = $1`, [a.id]);
    await t.db.query(`UPDATE intent SET first_response_at = created_at + interval '4 hours' WHERE id = $1`, [b.id]);

    const f = (await p.get<ProviderListingDto>(`/api/provider/listings/${l.body.id}`)).body.figures;
    expect(f).toMatchObject({ views: 3, intents: 3, acceptanceRate: 0.5, signRate: 0, medianFirstResponseHours: 3, ratingAvg: null, ratingCount: 0 });

    // The provider's figures are computed over the intents of all its listings, not averaged per listing.
    const other = await p.post<ProviderListingDto>('/api/provider/listings', listing());
    await p.post(`/api/provider/listings/${other.body.id}/publish`);
    const c = (await company.post<IntentDetailDto>('/api/intents', {
      serviceId: other.body.id, need: '咨询商标布局。', budgetNegotiable: true, wishedStartDate: '2026-12-15', contactName: '赵总', contactPhone: '13800002222',
    })).body;
    await p.post(`/api/intents/${c.id}/transitions`, { to: 'accepted' });
    await t.db.query(`UPDATE intent SET first_response_at = created_at + interval '9 hours' WHERE id = $1`, [c.id]);
    await p.post<ProviderListingDto>('/api/provider/listings', listing());
    const whole = await p.get<ProviderFiguresDto>('/api/provider/figures');
    expect(whole.status).toBe(200);
    expect(whole.body).toEqual({
      figures: { views: 3, intents: 4, acceptanceRate: 0.667, signRate: 0, medianFirstResponseHours: 4, ratingAvg: null, ratingCount: 0 },
      listings: { draft: 1, published: 2, unlisted: 0 },
    });
    const stranger = await approvedProvider();
    expect((await stranger.get<ProviderFiguresDto>('/api/provider/figures')).body).toEqual({
      figures: { views: 0, intents: 0, acceptanceRate: null, signRate: null, medianFirstResponseHours: null, ratingAvg: null, ratingCount: 0 },
      listings: { draft: 0, published: 0, unlisted: 0 },
    });
  });
});

describe('provider profile', () => {
  it('lets the admin edit the profile and categories; members may read it', async () => {
    const p = await approvedProvider();
    const member = await addMember(t, p);
    const body = {
      summary: '专注科技型企业的专利与商标服务。',
      description: '团队由专利代理师组成。',
      qualifications: '专利代理机构执业许可证。',
      contactName: '周经理',
      contactPhone: '0371-61234567',
      contactEmail: 'ip@example.cn',
      address: '郑州高新区科学大道',
      categories: ['intellectual-property', 'tech-consulting'],
    };
    expect((await member.request('PUT', '/api/provider/profile', body)).status).toBe(403);
    expect((await member.get('/api/provider/profile')).status).toBe(200);
    const res = await p.request<ProviderProfileDto>('PUT', '/api/provider/profile', body);
    expect(res.status).toBe(200);
    expect(res.body.categories.map((c) => c.code).sort()).toEqual(['intellectual-property', 'tech-consulting']);
    // The edit form reads the qualifications back; the public detail does not carry them.
    expect((await member.get<ProviderProfileDto>('/api/provider/profile')).body).toMatchObject({ qualifications: body.qualifications, contactEmail: body.contactEmail });
    const pub = await t.get<ProviderDetailDto>(`/api/providers/${p.me!.organisation.id}`);
    expect(pub.body.summary).toBe(body.summary);
    expect(pub.body).not.toHaveProperty('qualifications');
    expect((await p.request('PUT', '/api/provider/profile', { ...body, categories: ['nope'] })).status).toBe(400);
    expect((await p.request('PUT', '/api/provider/profile', { ...body, name: '改名' })).status).toBe(400);
  });
});
