import type { Page, ProviderListingDto, ServiceDetailDto, ServiceSummaryDto } from '@qifu/contracts';
import { CatalogueCache } from '../src/modules/listings/catalogue-cache';
import { ViewFold } from '../src/modules/listings/view-fold';
import { ViewCounter } from '../src/modules/listings/view-counter';
import { signUpProvider, uniq } from './support/accounts';
import { versionPushed } from './support/catalogue-version';
import { startTestApp, type TestApp } from './support/test-app';

// Catalogue answers are kept in memory per process, keyed on the catalogue's version (bumped by
// triggers in the transaction of every listing/provider/category write). These tests prime the
// kept answers first and then check that every kind of write shows at once.
let t: TestApp;
beforeAll(async () => {
  t = await startTestApp({ OVERDUE_SWEEP_SECONDS: '0', VIEW_FOLD_SECONDS: '0' });
});
afterAll(async () => {
  await t?.close();
});

const listing = (overrides: Record<string, unknown> = {}) => ({
  title: `缓存校验专利导航${uniq()}`,
  categoryCode: 'intellectual-property',
  stages: ['growth'],
  summary: '检验目录缓存随发布、编辑与下架即时更新。',
  description: '## 服务内容\n\n- 专利导航分析',
  deliverables: ['导航报告'],
  priceModel: 'range',
  priceMin: 8000,
  priceMax: 20000,
  priceUnit: null,
  duration: '4周',
  ...overrides,
});
const newest = (base = t) => base.get<Page<ServiceSummaryDto>>('/api/services?pageSize=12');
const search = (q: string, base = t) => base.get<Page<ServiceSummaryDto>>(`/api/services?q=${encodeURIComponent(q)}&pageSize=100`);
const version = async (db = t.db) => String((await db.query(`SELECT version FROM catalogue_version`))[0].version);
const pushed = () => versionPushed(t);
/** A listing of a provider of this test's own, published: other test files read the seeded ones. */
async function ownPublished(): Promise<{ id: string; title: string; providerId: string }> {
  const p = await signUpProvider(t, { approve: true });
  const draft = await p.post<ProviderListingDto>('/api/provider/listings', listing());
  await p.post(`/api/provider/listings/${draft.body.id}/publish`);
  return { id: draft.body.id, title: draft.body.title, providerId: p.me?.organisation.id as string };
}
describe('HTTP caching of catalogue reads', () => {
  it('answers with a strong ETag and no-cache, 304 on If-None-Match, a new ETag after a write', async () => {
    const { id } = await ownPublished();
    for (const path of ['/api/services?page=1', `/api/services/${id}`, `/api/services?q=${encodeURIComponent('知识产权')}`]) {
      const first = await fetch(t.baseUrl + path);
      expect(first.status).toBe(200);
      const etag = first.headers.get('etag');
      expect(etag).toMatch(/^"\d+-[\w-]+"$/);
      expect(first.headers.get('cache-control')).toBe('no-cache');
      expect(first.headers.get('content-type')).toContain('application/json');
      const body = await first.json();
      const again = await fetch(t.baseUrl + path);
      expect(again.headers.get('etag')).toBe(etag);
      // A kept answer (served before Nest's routing) carries the same security headers.
      expect(again.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
      expect(again.headers.get('x-content-type-options')).toBe('nosniff');
      expect(again.headers.get('strict-transport-security')).toBeTruthy();
      expect(again.headers.get('x-request-id')).toBeTruthy();
      expect(await again.json()).toEqual(body);
      const revalidated = await fetch(t.baseUrl + path, { headers: { 'if-none-match': etag as string } });
      expect(revalidated.status).toBe(304);
      expect(await revalidated.text()).toBe('');
      const other = await fetch(t.baseUrl + path, { headers: { 'if-none-match': '"1-nothing"' } });
      expect(other.status).toBe(200);
    }
    const before = (await fetch(`${t.baseUrl}/api/services/${id}`)).headers.get('etag');
    // The files share one database: put the seeded aggregate back, or later files see a wrong one.
    const [kept] = await t.db.query(`SELECT rating_avg, rating_count FROM service_listing WHERE id = $1`, [id]);
    await t.db.query(`UPDATE service_listing SET rating_avg = 4, rating_count = 1 WHERE id = $1`, [id]);
    await pushed();
    try {
      const after = await fetch(`${t.baseUrl}/api/services/${id}`, { headers: { 'if-none-match': before as string } });
      expect(after.status).toBe(200);
      expect(after.headers.get('etag')).not.toBe(before);
      expect(((await after.json()) as ServiceDetailDto).ratingCount).toBe(1);
    } finally {
      await t.db.query(`UPDATE service_listing SET rating_avg = $2, rating_count = $3 WHERE id = $1`, [id, kept.rating_avg, kept.rating_count]);
    }
  });

  it('does not keep errors: an unknown service found later answers at once', async () => {
    const p = await signUpProvider(t, { approve: true });
    const draft = await p.post<ProviderListingDto>('/api/provider/listings', listing());
    expect((await t.get(`/api/services/${draft.body.id}`)).status).toBe(404);
    await p.post(`/api/provider/listings/${draft.body.id}/publish`);
    expect((await t.get(`/api/services/${draft.body.id}`)).status).toBe(200);
  });
});

describe('catalogue answers follow every write at once', () => {
  it('publish, edit and unlist change the list, the detail and the search immediately', async () => {
    const p = await signUpProvider(t, { approve: true });
    const draft = await p.post<ProviderListingDto>('/api/provider/listings', listing());
    const id = draft.body.id;
    const title = draft.body.title;
    // Prime the kept answers.
    const listBefore = await newest();
    expect(listBefore.body.items.map((s) => s.id)).not.toContain(id);
    expect((await search(title)).body.total).toBe(0);
    expect((await t.get(`/api/services/${id}`)).status).toBe(404);

    await p.post(`/api/provider/listings/${id}/publish`);
    const listAfter = await newest();
    expect(listAfter.body.items[0].id).toBe(id);
    expect(listAfter.body.total).toBe(listBefore.body.total + 1);
    expect((await search(title)).body.items.map((s) => s.id)).toEqual([id]);
    expect((await t.get<ServiceDetailDto>(`/api/services/${id}`)).body.title).toBe(title);

    const renamed = `缓存校验改名${uniq()}`;
    expect((await p.request('PUT', `/api/provider/listings/${id}`, listing({ title: renamed }))).status).toBe(200);
    expect((await t.get<ServiceDetailDto>(`/api/services/${id}`)).body.title).toBe(renamed);
    expect((await newest()).body.items[0].title).toBe(renamed);
    expect((await search(title)).body.total).toBe(0);
    expect((await search(renamed)).body.total).toBe(1);

    await p.post(`/api/provider/listings/${id}/unlist`);
    expect((await t.get(`/api/services/${id}`)).status).toBe(404);
    expect((await newest()).body.items.map((s) => s.id)).not.toContain(id);
    expect((await newest()).body.total).toBe(listBefore.body.total);
    expect((await search(renamed)).body.total).toBe(0);
  });

  it('a rating aggregate and a provider leaving the park show at once', async () => {
    const { id, title, providerId } = await ownPublished();
    const detail = (await t.get<ServiceDetailDto>(`/api/services/${id}`)).body;
    expect((await search(title)).body.total).toBe(1);
    await t.db.query(`UPDATE service_listing SET rating_avg = 4.37, rating_count = 3 WHERE id = $1`, [id]);
    await pushed();
    expect((await t.get<ServiceDetailDto>(`/api/services/${id}`)).body).toMatchObject({ ratingAvg: 4.37, ratingCount: 3 });
    await t.db.query(`UPDATE provider SET status = 'pending' WHERE id = $1`, [providerId]);
    await pushed();
    expect((await t.get(`/api/services/${id}`)).status).toBe(404);
    expect((await search(title)).body.total).toBe(0);
    await t.db.query(`UPDATE service_listing SET rating_avg = NULL, rating_count = 0 WHERE id = $1`, [id]);
    await t.db.query(`UPDATE provider SET status = 'approved' WHERE id = $1`, [providerId]);
    await pushed();
    expect((await t.get<ServiceDetailDto>(`/api/services/${id}`)).body).toEqual(detail);
    expect((await search(title)).body.total).toBe(1);
  });

  it('moves the version once per transaction, at commit, however many rows changed, and not for other tables', async () => {
    await t.db.transaction(async (m) => {
      const read = async () => BigInt((await m.query(`SELECT version FROM catalogue_version`))[0].version);
      // Holding the row keeps other test files' bumps out of this transaction's view.
      const v0 = BigInt((await m.query(`SELECT version FROM catalogue_version FOR UPDATE`))[0].version);
      await m.query(`UPDATE service_listing SET rating_count = rating_count WHERE status = 'published'`);
      await m.query(`UPDATE provider SET rating_count = rating_count WHERE status = 'approved'`);
      // Deferred: nothing moved yet (the bump runs at commit) ...
      expect(await read()).toBe(v0);
      // ... and when the deferred triggers fire, one bump for the whole transaction.
      await m.query(`SET CONSTRAINTS ALL IMMEDIATE`);
      expect(await read()).toBe(v0 + BigInt(1));
      // From here on the triggers fire at once: more catalogue rows still make no second bump,
      // and other tables none at all.
      await m.query(`UPDATE category SET name_zh = name_zh WHERE code IN (SELECT code FROM category LIMIT 2)`);
      await m.query(`UPDATE company SET name = name WHERE id IN (SELECT id FROM company LIMIT 3)`);
      expect(await read()).toBe(v0 + BigInt(1));
    });
    // A category write in a transaction of its own moves it.
    const before = BigInt(await version());
    await t.db.query(`UPDATE category SET name_zh = name_zh WHERE code = (SELECT code FROM category LIMIT 1)`);
    expect(BigInt(await version())).toBeGreaterThan(before);
  });

  it('counts a view for every detail read, kept answer or not, signed in or not', async () => {
    // A listing of its own: other test files read seeded details at the same time, and the fold
    // below moves every process's views, theirs included.
    const { id } = await ownPublished();
    const views = t.app.get(ViewCounter);
    await views.flush();
    const count = async () => Number((await t.db.query(`SELECT COALESCE(sum(views), 0) AS n FROM service_view_daily WHERE service_id = $1`, [id]))[0].n);
    const before = await count();
    const p = await signUpProvider(t, { approve: true });
    const anonymous = await Promise.all(Array.from({ length: 4 }, () => t.get<ServiceDetailDto>(`/api/services/${id}`)));
    const signedIn = await p.get<ServiceDetailDto>(`/api/services/${id}`);
    expect(signedIn.status).toBe(200);
    expect(signedIn.body).toEqual(anonymous[0].body);
    await views.flush();
    // Appended, not yet counted: the fold job moves them, once however often it runs.
    expect(await count()).toBe(before);
    const fold = t.app.get(ViewFold);
    const [first, second] = await Promise.all([fold.fold(), fold.fold()]);
    expect(first.views + second.views).toBeGreaterThanOrEqual(5);
    expect(await count()).toBe(before + 5);
    expect((await fold.fold()).views).toBe(0);
    expect(await count()).toBe(before + 5);
  });

  it('folds the views of many processes into one daily row, dropping those of a deleted service', async () => {
    const { id } = await ownPublished();
    const fold = t.app.get(ViewFold);
    await fold.fold();
    const today = `(now() AT TIME ZONE 'Asia/Shanghai')::date`;
    const gone = '00000000-0000-7000-8000-000000000001';
    // Three processes' flushes of the same service, and one for a service that no longer exists.
    await t.db.query(`INSERT INTO service_view_pending (service_id, day, views) VALUES ($1, ${today}, 2), ($1, ${today}, 3), ($1, ${today}, 4), ($2, ${today}, 7)`, [id, gone]);
    const before = Number((await t.db.query(`SELECT COALESCE(sum(views), 0) AS n FROM service_view_daily WHERE service_id = $1 AND day = ${today}`, [id]))[0].n);
    const r = await fold.fold();
    expect(r.views).toBeGreaterThanOrEqual(16);
    const rows = await t.db.query(`SELECT views FROM service_view_daily WHERE service_id = $1 AND day = ${today}`, [id]);
    expect(rows).toEqual([{ views: before + 9 }]);
    expect(await t.db.query(`SELECT 1 FROM service_view_daily WHERE service_id = $1`, [gone])).toEqual([]);
    expect(await t.db.query(`SELECT 1 FROM service_view_pending WHERE service_id = ANY($1::uuid[])`, [[id, gone]])).toEqual([]);
  });

  it('keeps a bounded number of answers', async () => {
    const cache = t.app.get(CatalogueCache);
    for (let i = 0; i < 30; i++) await search(`不存在的关键词${i}`);
    expect(cache.size).toBeGreaterThanOrEqual(30);
    expect(cache.size).toBeLessThanOrEqual(2000);
  });
});
// Several API processes on one database: see catalogue-version-feed.http.spec.ts.
