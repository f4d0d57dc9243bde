import type { LifecycleStage, Page, ServiceSort, ServiceSummaryDto } from '@qifu/contracts';
import { LIFECYCLE_STAGES } from '@qifu/contracts';
import { likePattern, SEARCH_COUNT_CAP } from '../src/modules/listings/service-listing.sql';
import { startTestApp, type TestApp } from './support/test-app';

// service_title_gram (migration 1764835200000) holds, per character and character pair of a
// visible listing's title, its ranking weight and sort keys. These tests hold it to a derivation
// written here from the listings alone after every kind of write, and the searches it serves to
// the plain substring definition of a search (LIKE over every visible listing, no index).

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(async () => {
  await t?.close();
});

interface GramRow {
  gram: string;
  weight: number;
  rating_avg: string | null;
  published_at: string;
  service_id: string;
  category_code: string;
  provider_id: string;
  stage_mask: number;
}

const key = (r: GramRow) => `${r.gram}|${r.weight}|${r.rating_avg}|${r.published_at}|${r.service_id}|${r.category_code}|${r.provider_id}|${r.stage_mask}`;

/** The rows service_title_gram must hold, derived in TypeScript from the visible listings. */
async function derived(): Promise<string[]> {
  const listings: {
    id: string; title: string; summary: string; rating_avg: string | null; published_at: string; category_code: string; provider_id: string;
    stages: LifecycleStage[]; cat_zh: string; cat_en: string; p_name: string; p_short: string | null;
  }[] = await t.db.query(
    `SELECT s.id, s.title, s.summary, s.rating_avg::text, s.published_at::text, s.category_code, s.provider_id, s.stages,
            c.name_zh AS cat_zh, c.name_en AS cat_en, p.name AS p_name, p.short_name AS p_short
       FROM service_listing s JOIN provider p ON p.id = s.provider_id JOIN category c ON c.code = s.category_code
      WHERE s.status = 'published' AND p.status = 'approved'`,
  );
  const rows: string[] = [];
  for (const l of listings) {
    const chars = [...l.title.toLowerCase()];
    const grams = new Set<string>();
    chars.forEach((c, i) => {
      grams.add(c);
      if (i + 1 < chars.length) grams.add(c + chars[i + 1]);
    });
    const mask = l.stages.reduce((m, s) => m | (1 << LIFECYCLE_STAGES.indexOf(s)), 0);
    for (const g of grams) {
      if (/[ \t\n\r\f\v]/.test(g)) continue;
      const has = (s: string | null) => (s ?? '').toLowerCase().includes(g);
      const weight = 8 + (has(l.cat_zh) || has(l.cat_en) ? 4 : 0) + (has(l.summary) ? 2 : 0) + (has(l.p_name) || has(l.p_short) ? 1 : 0);
      rows.push(key({ gram: g, weight, rating_avg: l.rating_avg, published_at: l.published_at, service_id: l.id, category_code: l.category_code, provider_id: l.provider_id, stage_mask: mask }));
    }
  }
  return rows.sort();
}

async function kept(): Promise<string[]> {
  const rows: GramRow[] = await t.db.query(
    `SELECT gram, weight, rating_avg::text, published_at::text, service_id, category_code, provider_id, stage_mask FROM service_title_gram`,
  );
  return rows.map(key).sort();
}

async function expectInSync(): Promise<void> {
  const [want, have] = await Promise.all([derived(), kept()]);
  // The seed's titles alone give hundreds of rows: an empty table would not pass for in sync.
  expect(want.length).toBeGreaterThan(100);
  expect(have.length).toBe(want.length);
  expect(have).toEqual(want);
}

const ORDER: Record<Exclude<ServiceSort, 'relevance'>, string> = {
  newest: 's.published_at DESC, s.id',
  price_asc: 's.price_min ASC NULLS LAST, s.published_at DESC, s.id',
  price_desc: 'COALESCE(s.price_max, s.price_min) DESC NULLS LAST, s.published_at DESC, s.id',
  rating: 's.rating_avg DESC NULLS LAST, s.rating_count DESC, s.published_at DESC, s.id',
};

interface Ask {
  q: string;
  category?: string;
  stage?: LifecycleStage;
  provider?: string;
  sort?: ServiceSort;
}

/** Every hit of a search in the catalogue's order, by LIKE over the visible listings. */
async function expected(a: Ask): Promise<string[]> {
  const term = a.q.toLowerCase();
  const values: unknown[] = [likePattern(term)];
  const where = [`s.status = 'published'`, `p.status = 'approved'`, `s.search_text LIKE $1`];
  if (a.category) where.push(`s.category_code = $${values.push(a.category)}`);
  if (a.stage) where.push(`$${values.push(a.stage)} = ANY(s.stages)`);
  if (a.provider) where.push(`s.provider_id = $${values.push(a.provider)}`);
  const order =
    !a.sort || a.sort === 'relevance'
      ? `(CASE WHEN lower(s.title) LIKE $1 THEN 8 ELSE 0 END
          + CASE WHEN lower(c.name_zh) LIKE $1 OR lower(c.name_en) LIKE $1 THEN 4 ELSE 0 END
          + CASE WHEN lower(s.summary) LIKE $1 THEN 2 ELSE 0 END
          + CASE WHEN lower(p.name) LIKE $1 OR lower(p.short_name) LIKE $1 THEN 1 ELSE 0 END) DESC,
         s.rating_avg DESC NULLS LAST, s.published_at DESC, s.id`
      : ORDER[a.sort];
  const rows: { id: string }[] = await t.db.query(
    `SELECT s.id FROM service_listing s JOIN provider p ON p.id = s.provider_id JOIN category c ON c.code = s.category_code
      WHERE ${where.join(' AND ')} ORDER BY ${order}`,
    values,
  );
  return rows.map((r) => r.id);
}

async function search(a: Ask, page: number, pageSize: number) {
  const params = new URLSearchParams({ q: a.q, page: String(page), pageSize: String(pageSize) });
  for (const k of ['category', 'stage', 'provider', 'sort'] as const) if (a[k]) params.set(k, a[k]!);
  const res = await t.get<Page<ServiceSummaryDto>>(`/api/services?${params}`);
  expect(res.status).toBe(200);
  return res.body;
}

/** Every page of the search (and one past the last) equals the definition, with its total. */
async function expectSearch(a: Ask, pageSize = 5): Promise<number> {
  const want = await expected(a);
  const pages = Math.ceil(want.length / pageSize) + 1;
  for (let page = 1; page <= pages; page++) {
    const body = await search(a, page, pageSize);
    expect({ ask: a, page, ids: body.items.map((s) => s.id), total: body.total }).toEqual({
      ask: a, page, ids: want.slice((page - 1) * pageSize, page * pageSize), total: want.length,
    });
    expect(body.totalCapped).toBeUndefined();
  }
  return want.length;
}

async function oneVisible(): Promise<{ id: string; title: string; summary: string; provider_id: string; category_code: string }> {
  const [row] = await t.db.query(
    `SELECT s.id, s.title, s.summary, s.provider_id, s.category_code FROM service_listing s JOIN provider p ON p.id = s.provider_id
      WHERE s.status = 'published' AND p.status = 'approved' ORDER BY s.id LIMIT 1`,
  );
  return row;
}

describe('service_title_gram stays in sync', () => {
  it('holds the derivation for the seed', async () => {
    await expectInSync();
  });

  it('after an insert, title, summary, stage and rating edits, unpublishing, republishing and a delete', async () => {
    const base = await oneVisible();
    const [{ id }]: { id: string }[] = await t.db.query(
      `INSERT INTO service_listing (provider_id, category_code, title, summary, description, stages, price_model, price_min, duration, status, published_at)
       VALUES ($1, $2, '鼐鼎税务同步测试', '同步测试摘要 鼐', '描述', ARRAY['growth'], 'fixed', 100, '1天', 'published', now())
       RETURNING id`,
      [base.provider_id, base.category_code],
    );
    try {
      await expectInSync();
      expect((await search({ q: '鼐' }, 1, 5)).items.map((s) => s.id)).toEqual([id]);
      await t.db.query(`UPDATE service_listing SET title = '鼎评同步测试' WHERE id = $1`, [id]);
      await expectInSync();
      await t.db.query(`UPDATE service_listing SET summary = '不再含有那个字' WHERE id = $1`, [id]);
      await expectInSync();
      await t.db.query(`UPDATE service_listing SET stages = ARRAY['startup', 'listing'] WHERE id = $1`, [id]);
      await expectInSync();
      await t.db.query(`UPDATE service_listing SET rating_avg = 4.5, rating_count = 2 WHERE id = $1`, [id]);
      await expectInSync();
      await t.db.query(`UPDATE service_listing SET status = 'unlisted' WHERE id = $1`, [id]);
      await expectInSync();
      expect((await t.db.query(`SELECT 1 FROM service_title_gram WHERE service_id = $1`, [id])).length).toBe(0);
      await t.db.query(`UPDATE service_listing SET status = 'published' WHERE id = $1`, [id]);
      await expectInSync();
    } finally {
      await t.db.query(`DELETE FROM service_listing WHERE id = $1`, [id]);
    }
    await expectInSync();
    expect((await t.db.query(`SELECT 1 FROM service_title_gram WHERE service_id = $1`, [id])).length).toBe(0);
  });

  it('after a category rename, a provider rename and a provider losing and regaining approval', async () => {
    const base = await oneVisible();
    const [cat]: { name_zh: string }[] = await t.db.query(`SELECT name_zh FROM category WHERE code = $1`, [base.category_code]);
    const [prov]: { name: string; status: string }[] = await t.db.query(`SELECT name, status FROM provider WHERE id = $1`, [base.provider_id]);
    // The new names hold characters of the listing's title: the weights must move.
    const firstChar = [...base.title][0];
    try {
      await t.db.query(`UPDATE category SET name_zh = $2 WHERE code = $1`, [base.category_code, `${cat.name_zh}${firstChar}鼐`]);
      await expectInSync();
      await t.db.query(`UPDATE provider SET name = $2 WHERE id = $1`, [base.provider_id, `${prov.name}${firstChar}鼎`]);
      await expectInSync();
      await t.db.query(`UPDATE provider SET status = 'pending' WHERE id = $1`, [base.provider_id]);
      await expectInSync();
      expect((await t.db.query(`SELECT 1 FROM service_title_gram WHERE provider_id = $1`, [base.provider_id])).length).toBe(0);
      await t.db.query(`UPDATE provider SET status = $2 WHERE id = $1`, [base.provider_id, prov.status]);
      await expectInSync();
    } finally {
      await t.db.query(`UPDATE category SET name_zh = $2 WHERE code = $1`, [base.category_code, cat.name_zh]);
      await t.db.query(`UPDATE provider SET name = $2, status = $3 WHERE id = $1`, [base.provider_id, prov.name, prov.status]);
    }
    await expectInSync();
  });
});

describe('short searches equal the substring definition', () => {
  it.each(['税', '审计', '代理', 'ai', '服', '务', '公司'])('%s: every page, every sort', async (q) => {
    let hits = 0;
    for (const sort of [undefined, 'newest', 'price_asc', 'price_desc', 'rating'] as const) hits = await expectSearch({ q, sort }, 7);
    expect(hits).toBeGreaterThan(0);
  });

  it('with each filter and with all of them', async () => {
    const base = await oneVisible();
    for (const q of ['税', '审计', '服']) {
      await expectSearch({ q, category: base.category_code });
      await expectSearch({ q, provider: base.provider_id });
      for (const stage of LIFECYCLE_STAGES) await expectSearch({ q, stage });
      await expectSearch({ q, category: base.category_code, provider: base.provider_id, stage: 'growth', sort: 'rating' });
    }
  });

  it(`caps the total past ${SEARCH_COUNT_CAP} title hits and still pages in ranking order past the cap`, async () => {
    const base = await oneVisible();
    const n = SEARCH_COUNT_CAP + 5;
    await t.db.query(
      `INSERT INTO service_listing (provider_id, category_code, title, summary, description, stages, price_model, price_min, duration, status, published_at)
       SELECT $1, $2, '鼐鼎容量测试' || i, CASE WHEN i % 3 = 0 THEN '摘要含鼐' ELSE '摘要' END, '描述', ARRAY['growth'], 'fixed', 100 + i, '1天', 'published',
              now() - i * interval '1 minute'
         FROM generate_series(1, $3::int) i`,
      [base.provider_id, base.category_code, n],
    );
    // A listing with the term outside its title only: it ranks after all the title hits.
    await t.db.query(`UPDATE service_listing SET description = description || '鼐' WHERE id = $1`, [base.id]);
    try {
      await expectInSync();
      const want = await expected({ q: '鼐' });
      expect(want.length).toBe(n + 1);
      expect(want[n]).toBe(base.id);
      for (const [page, pageSize] of [[1, 12], [2, 100], [11, 100], [202, 5], [203, 5]]) {
        const body = await search({ q: '鼐' }, page, pageSize);
        expect(body.total).toBe(SEARCH_COUNT_CAP);
        expect(body.totalCapped).toBe(true);
        expect(body.items.map((s) => s.id)).toEqual(want.slice((page - 1) * pageSize, page * pageSize));
      }
      // Another sort pages the same hits in its own order, with the same capped total.
      const newest = await expected({ q: '鼐', sort: 'newest' });
      const body = await search({ q: '鼐', sort: 'newest' }, 3, 10);
      expect([body.total, body.totalCapped, body.items.map((s) => s.id)]).toEqual([SEARCH_COUNT_CAP, true, newest.slice(20, 30)]);
      // A filter that leaves fewer hits than the cap counts exactly again.
      await expectSearch({ q: '鼐', stage: 'startup' });
    } finally {
      await t.db.query(`UPDATE service_listing SET description = left(description, -1) WHERE id = $1`, [base.id]);
      await t.db.query(`DELETE FROM service_listing WHERE title LIKE '鼐鼎容量测试%'`);
    }
    await expectInSync();
  });

  it(`caps the total past ${SEARCH_COUNT_CAP} hits outside titles, ranked after the title hits`, async () => {
    const base = await oneVisible();
    const n = SEARCH_COUNT_CAP + 5;
    await t.db.query(
      `INSERT INTO service_listing (provider_id, category_code, title, summary, description, stages, price_model, price_min, duration, status, published_at)
       SELECT $1, $2, '容量测试' || i, CASE WHEN i % 4 = 0 THEN '摘要含鼐' ELSE '摘要' END, '描述含鼐', ARRAY['mature'], 'fixed', 100 + i, '1天', 'published',
              now() - i * interval '1 minute'
         FROM generate_series(1, $3::int) i`,
      [base.provider_id, base.category_code, n],
    );
    // One title hit, ranked first.
    await t.db.query(`UPDATE service_listing SET title = title || '鼐' WHERE id = $1`, [base.id]);
    try {
      await expectInSync();
      for (const sort of [undefined, 'price_desc', 'rating'] as const) {
        const want = await expected({ q: '鼐', sort });
        expect(want.length).toBe(n + 1);
        if (!sort) expect(want[0]).toBe(base.id);
        for (const [page, pageSize] of [[1, 12], [3, 100], [202, 5]]) {
          const body = await search({ q: '鼐', sort }, page, pageSize);
          expect([body.total, body.totalCapped]).toEqual([SEARCH_COUNT_CAP, true]);
          expect(body.items.map((s) => s.id)).toEqual(want.slice((page - 1) * pageSize, page * pageSize));
        }
      }
    } finally {
      await t.db.query(`UPDATE service_listing SET title = left(title, -1) WHERE id = $1`, [base.id]);
      await t.db.query(`DELETE FROM service_listing WHERE title LIKE '容量测试%'`);
    }
    await expectInSync();
  });
});
