import type { ApiErrorBody, SearchAnalyticsPage, SearchQueryStatDto } from '@qifu/contracts';
import { randomBytes } from 'node:crypto';
import { SearchLog } from '../src/modules/search/search-log';
import { signInOperator } from './support/accounts';
import type { Browser } from './support/browser';
import { startTestApp, type TestApp } from './support/test-app';

// Search analytics: searches are counted in memory, flushed per (week, query), and read back by
// operators exactly, by week, as top queries and as queries without a result.

let t: TestApp;
let op: Browser;
beforeAll(async () => {
  t = await startTestApp();
  op = await signInOperator(t, 'member');
});
afterAll(async () => {
  await t?.close();
});

const search = (q: string, extra = '') => t.get(`/api/services?q=${encodeURIComponent(q)}${extra}`);
const flush = () => t.app.get(SearchLog).flush();

/** This week's row of a query in a view, paging through (other suites search too). */
async function row(query: string, view: 'top' | 'no_result', week = ''): Promise<SearchQueryStatDto | undefined> {
  for (let page = 1; page <= 50; page++) {
    const res = await op.get<SearchAnalyticsPage>(`/api/operator/search-analytics?view=${view}&pageSize=100&page=${page}${week}`);
    expect(res.status).toBe(200);
    const found = res.body.items.find((i) => i.query === query);
    if (found || res.body.items.length < 100) return found;
  }
  return undefined;
}

describe('search analytics', () => {
  it('counts each first page served, kept or fresh, normalised, and reads the figures exactly', async () => {
    // Rare characters in no listing (Latin would be read as pinyin: widened).
    const rare = '鼐鬲甗彝罍盉觥斝卣瓿簋簠豆匜盨鍑';
    const none = [...randomBytes(6)].map((b) => rare[b % rare.length]).join('');
    // Three times (the second and third are kept answers), spelled three ways; page 2 is not a search.
    await search(none);
    await search(`  ${none} `);
    await search(none);
    await search(none, '&page=2');
    await flush();
    expect(await row(none, 'top')).toEqual({ query: none, searches: 3, noResult: 3, typoApplied: 0, expanded: 0, lastTotal: 0 });
    expect(await row(none, 'no_result')).toMatchObject({ query: none, noResult: 3 });

    // A found query is among the top ones but not among those without a result; deltas, since
    // other suites search 社保 on the same database.
    const before = (await row('社保', 'top'))?.searches ?? 0;
    await search('社保');
    await search('社保');
    await flush();
    const after = await row('社保', 'top');
    expect(after?.searches).toBe(before + 2);
    expect(after?.lastTotal).toBeGreaterThan(0);
    expect(after?.expanded).toBeGreaterThanOrEqual(2);
    expect(await row('社保', 'no_result')).toBeUndefined();
  });

  it('says when a typo correction or the dictionary was applied', async () => {
    const typo = (await row('知识产全', 'top')) ?? { typoApplied: 0, searches: 0 };
    const syn = (await row('代账', 'top')) ?? { expanded: 0, searches: 0 };
    const kpi = (await row('kpi', 'top'))?.searches ?? 0;
    await search('知识产全');
    await search('代账');
    // Latin case is folded: one row.
    await search('KPI');
    await search('kpi');
    await flush();
    expect((await row('kpi', 'top'))?.searches).toBe(kpi + 2);
    expect(await row('知识产全', 'top')).toMatchObject({ searches: typo.searches + 1, typoApplied: typo.typoApplied + 1 });
    expect(await row('代账', 'top')).toMatchObject({ searches: syn.searches + 1, expanded: syn.expanded + 1 });
  });

  it('reads by week: any day gives its Monday; a past week is empty here', async () => {
    const res = await op.get<SearchAnalyticsPage>('/api/operator/search-analytics?week=2020-01-08');
    expect(res.status).toBe(200);
    expect(res.body.week).toBe('2020-01-06');
    expect(res.body.items).toEqual([]);
    expect(res.body.total).toBe(0);
    const now = await op.get<SearchAnalyticsPage>('/api/operator/search-analytics');
    expect(now.body.week).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(new Date(`${now.body.week}T00:00:00Z`).getUTCDay()).toBe(1);
  });

  it('refuses a bad week or view, and anyone but operators', async () => {
    for (const qs of ['week=2026-02-30', 'week=yesterday', 'view=all', 'pageSize=101']) {
      const res = await op.get<ApiErrorBody>(`/api/operator/search-analytics?${qs}`);
      expect(res.status).toBe(400);
      expect(res.body.code).toBe('VALIDATION_FAILED');
    }
    expect((await t.get('/api/operator/search-analytics')).status).toBe(401);
  });
});
