import { afterEach, vi } from 'vitest';
import { screen, within } from '@testing-library/react';
import type { SearchAnalyticsPage, SearchQueryStatDto } from '@qifu/contracts';
import { operatorMe } from '../../testing/fixtures';
import { mockFetch, requests } from '../../testing/mock-fetch';
import { renderRoute } from '../../testing/render';
import { OperatorSearchAnalyticsRoute } from './operator-search-analytics';
import { OperatorSearchSynonymsRoute } from './operator-search-synonyms';

const stat = (over: Partial<SearchQueryStatDto>): SearchQueryStatDto => ({
  query: '社保',
  searches: 12,
  noResult: 0,
  typoApplied: 0,
  expanded: 12,
  lastTotal: 9,
  ...over,
});
const answer = (
  items: SearchQueryStatDto[],
  total = items.length,
): SearchAnalyticsPage => ({
  items,
  total,
  page: 1,
  pageSize: 20,
  week: '2026-11-30',
});

afterEach(() => {
  vi.unstubAllGlobals();
});

function render(url: string) {
  return renderRoute(<OperatorSearchAnalyticsRoute />, {
    path: '/operator/search-analytics',
    url,
    me: operatorMe(),
  });
}

describe('OperatorSearchAnalyticsRoute', { timeout: 90_000 }, () => {
  it('lists the week and view of the address, with the counts, and links a query without results to the dictionary', async () => {
    const fetchMock = mockFetch(() => ({
      body: answer(
        [
          stat({
            query: '鼐鼎',
            searches: 5,
            noResult: 5,
            expanded: 0,
            lastTotal: 0,
          }),
        ],
        41,
      ),
    }));
    render('/operator/search-analytics?week=2026-12-02&view=no_result&page=2');
    const table = await screen.findByRole('table', { name: '搜索词列表' });
    const row = await within(table).findByRole('row', { name: /鼐鼎/ });
    expect(within(row).getAllByText('5')).toHaveLength(2);
    expect(
      within(row).getByRole('link', { name: '为「鼐鼎」添加同义词' }),
    ).toHaveAttribute(
      'href',
      '/operator/search-synonyms?new=%E9%BC%90%E9%BC%8E',
    );
    expect(screen.getByText('共 41 个搜索词')).toBeInTheDocument();
    const url = requests(fetchMock)[0].url;
    expect(url.pathname).toBe('/api/operator/search-analytics');
    expect(url.searchParams.get('week')).toBe('2026-12-02');
    expect(url.searchParams.get('view')).toBe('no_result');
    expect(url.searchParams.get('page')).toBe('2');
    expect(screen.getByRole('radio', { name: '无结果搜索' })).toBeChecked();
  });

  it('asks for this week and the top queries by default, with no link for a query that found something', async () => {
    const fetchMock = mockFetch(() => ({ body: answer([stat({})]) }));
    render('/operator/search-analytics?week=nonsense');
    const row = await screen.findByRole('row', { name: /社保/ });
    expect(within(row).queryByRole('link')).toBeNull();
    const url = requests(fetchMock)[0].url;
    expect(url.searchParams.has('week')).toBe(false);
    expect(url.searchParams.get('view')).toBe('top');
  });

  it('says so when the week has no searches', async () => {
    mockFetch(() => ({ body: answer([]) }));
    render('/operator/search-analytics');
    expect(await screen.findByText('这一周还没有搜索记录')).toBeInTheDocument();
  });

  it('the dictionary page opens its form with the word of ?new=', async () => {
    mockFetch(() => ({ body: { items: [], total: 0, page: 1, pageSize: 20 } }));
    renderRoute(<OperatorSearchSynonymsRoute />, {
      path: '/operator/search-synonyms',
      url: '/operator/search-synonyms?new=%E9%BC%90%E9%BC%8E',
      me: operatorMe(),
    });
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getAllByRole('textbox')[0]).toHaveValue('鼐鼎 = ');
  });
});
