import type { ApiErrorBody, SuggestDto } from '@qifu/contracts';
import { SearchSuggestService } from '../src/modules/search/search-suggest.service';
import { startTestApp, type TestApp } from './support/test-app';

// Suggestions while typing, against the seeded catalogue: prefixes, pinyin and initials, the
// dictionary, categories and providers, refusals, and that a repeated prefix is kept.

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(async () => {
  await t?.close();
});

const suggest = (q: string) => t.get<SuggestDto>(`/api/search/suggest?q=${encodeURIComponent(q)}`);
const labels = (body: SuggestDto, kind?: string) => body.items.filter((i) => !kind || i.kind === kind).map((i) => i.label);

describe('GET /api/search/suggest', () => {
  it('suggests services by a prefix, titles starting with it first, with links', async () => {
    const res = await suggest('社保');
    expect(res.status).toBe(200);
    expect(res.body.q).toBe('社保');
    expect(res.body.items.length).toBeLessThanOrEqual(8);
    const services = res.body.items.filter((i) => i.kind === 'service');
    expect(services[0].label.startsWith('社保')).toBe(true);
    expect(labels(res.body, 'service')).toEqual(expect.arrayContaining(['社保公积金代办', '单位社保公积金开户代办']));
    expect(services[0].href).toBe(`/services/${services[0].id}`);
    // The category 社保代办 holds the word too.
    const category = res.body.items.find((i) => i.kind === 'category');
    expect(category).toMatchObject({ id: 'social-security', label: '社保代办', href: '/services?category=social-security' });
    expect(category?.labelEn).toEqual(expect.any(String));
  });

  it('reads pinyin initials and full pinyin, and the dictionary', async () => {
    // Initials long enough to name the two 社保公积金 titles alone: plain "sb" is also 申报, 商标,
    // 新三板 …, and which four of those fit depends on ratings other test files change.
    expect(labels((await suggest('sbgjj')).body, 'service')).toEqual(expect.arrayContaining(['社保公积金代办', '单位社保公积金开户代办']));
    expect(labels((await suggest('shebao')).body, 'service')).toContain('社保公积金代办');
    expect(labels((await suggest('gq')).body, 'service')).toContain('高新技术企业认定辅导');
    expect(labels((await suggest('代账')).body, 'service')).toEqual(expect.arrayContaining(['代理记账（小规模纳税人）']));
  });

  it('suggests categories and providers by name, short name and pinyin', async () => {
    expect((await suggest('知识产权')).body.items.find((i) => i.kind === 'category')?.id).toBe('intellectual-property');
    const provider = (await suggest('厚泽')).body.items.find((i) => i.kind === 'provider');
    expect(provider).toMatchObject({ label: '河南厚泽人力资源有限公司' });
    expect(provider?.href).toBe(`/providers/${provider?.id}`);
    expect(labels((await suggest('hzrl')).body, 'provider')).toContain('河南厚泽人力资源有限公司');
  });

  it('answers an empty list for what nothing holds, and reads the query as one phrase', async () => {
    const res = await suggest('鼐鼎鼐');
    expect(res.status).toBe(200);
    expect(res.body.items).toEqual([]);
    expect((await suggest('  社保   代办 ')).body.q).toBe('社保 代办');
  });

  it('refuses a blank, missing or too long query with VALIDATION_FAILED', async () => {
    for (const path of ['/api/search/suggest?q=', '/api/search/suggest?q=%20%20', '/api/search/suggest', `/api/search/suggest?q=${'税'.repeat(31)}`, '/api/search/suggest?q=a&x=1']) {
      const res = await t.get<ApiErrorBody>(path);
      expect(res.status).toBe(400);
      expect(res.body.code).toBe('VALIDATION_FAILED');
    }
    expect((await suggest('税'.repeat(30))).status).toBe(200);
  });

  it('keeps a repeated prefix: the second answer is served without a query', async () => {
    const service = t.app.get(SearchSuggestService);
    const first = await suggest('审计');
    const kept = service.size;
    let queries = 0;
    const spy = jest.spyOn(t.db, 'query').mockImplementation(function (this: unknown, ...args: Parameters<typeof t.db.query>) {
      if (String(args[0]).includes('UNION ALL')) queries++;
      return jest.requireActual('typeorm').DataSource.prototype.query.apply(this, args);
    } as typeof t.db.query);
    try {
      const second = await suggest('审计');
      expect(second.body).toEqual(first.body);
      expect(queries).toBe(0);
      expect(service.size).toBe(kept);
      // A new prefix is one query (so the count above can see one).
      await suggest('审计报');
      expect(queries).toBe(1);
    } finally {
      spy.mockRestore();
    }
  });
});
