import { afterEach, vi } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { mockFetch, requestedUrls } from '../../../testing/mock-fetch';
import {
  auditCategory,
  page,
  recruitmentCategory,
  serviceSummary,
} from '../../../testing/fixtures';
import { renderRoute } from '../../../testing/render';
import { ServiceList } from './service-list';

const categories = [auditCategory, recruitmentCategory];

const audit = serviceSummary();
const headhunting = serviceSummary({
  id: '1c2d3e4f-5a6b-4c7d-8e9f-0a1b2c3d4e5f',
  title: '中高端人才猎聘',
  category: recruitmentCategory,
  stages: ['growth'],
  price: { model: 'negotiable', min: null, max: null, unit: null },
  provider: { id: 'b1', name: '北京外企人力资源服务河南有限公司', kind: 'hr' },
});

function renderList(url: string) {
  return renderRoute(<ServiceList categories={categories} />, {
    path: '/services',
    url,
  });
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('ServiceList', () => {
  it('lists the services as links to their pages, with the total', async () => {
    const fetchMock = mockFetch(() => ({
      body: page([audit, headhunting], { total: 14 }),
    }));
    renderList('/services');

    const link = await screen.findByRole('link', { name: '年度财务审计' });
    expect(link).toHaveAttribute('href', `/services/${audit.id}`);
    expect(
      screen.getByRole('link', { name: '中高端人才猎聘' }),
    ).toBeInTheDocument();
    expect(screen.getByText('共 14 项服务')).toBeInTheDocument();
    expect(screen.getByText('¥8,000–¥3万')).toBeInTheDocument();
    expect(screen.getByText('面议')).toBeInTheDocument();

    const [request] = requestedUrls(fetchMock);
    expect(request.pathname).toBe('/api/services');
    expect(request.searchParams.get('page')).toBe('1');
    expect(request.searchParams.get('pageSize')).toBe('12');
    expect(request.searchParams.has('stage')).toBe(false);
  });

  it('says "more than" when a short search capped its total', async () => {
    mockFetch(() => ({
      body: { ...page([audit, headhunting], { total: 1000 }), totalCapped: true },
    }));
    renderList('/services?q=%E7%A8%8E');

    await screen.findByRole('link', { name: '年度财务审计' });
    expect(screen.getByText('超过 1,000 项服务')).toBeInTheDocument();
    expect(screen.queryByText('共 1,000 项服务')).not.toBeInTheDocument();
  });

  it('shows the correction of a search that found nothing, and searches it when chosen', async () => {
    const fetchMock = mockFetch((url) => ({
      body:
        url.searchParams.get('q') === '知识产全'
          ? { ...page([audit]), suggestion: { q: '知识产权', applied: true } }
          : page([audit]),
    }));
    renderList('/services?q=%E7%9F%A5%E8%AF%86%E4%BA%A7%E5%85%A8');

    const note = await screen.findByRole('status', { name: '搜索建议' });
    expect(note).toHaveTextContent('您是不是要找：知识产权');
    expect(note).toHaveTextContent('没有找到与「知识产全」相符的服务，以下是「知识产权」的结果。');
    await userEvent.click(within(note).getByRole('button', { name: '知识产权' }));
    await waitFor(() =>
      expect(requestedUrls(fetchMock).at(-1)?.searchParams.get('q')).toBe('知识产权'),
    );
    await waitFor(() =>
      expect(screen.queryByRole('status', { name: '搜索建议' })).not.toBeInTheDocument(),
    );
  });

  it('sends the filters found in the URL to the API', async () => {
    const fetchMock = mockFetch(() => ({ body: page([audit]) }));
    renderList(
      '/services?q=%E5%AE%A1%E8%AE%A1&category=financial-audit&stage=mature&sort=price_asc&page=2',
    );

    await screen.findByRole('link', { name: '年度财务审计' });
    const request = requestedUrls(fetchMock)[0];
    expect(Object.fromEntries(request.searchParams)).toEqual({
      q: '审计',
      category: 'financial-audit',
      stage: 'mature',
      sort: 'price_asc',
      page: '2',
      pageSize: '12',
    });
    expect(screen.getByRole('combobox', { name: '搜索服务' })).toHaveValue(
      '审计',
    );
    expect(screen.getByRole('radio', { name: '成熟期' })).toBeChecked();
  });

  it('writes a stage change into the URL, back to page 1, and refetches', async () => {
    const user = userEvent.setup();
    const fetchMock = mockFetch(() => ({ body: page([audit], { total: 40 }) }));
    const { router } = renderList('/services?category=financial-audit&page=3');
    await screen.findByRole('link', { name: '年度财务审计' });

    // antd's Segmented hides the radio itself; people click its label.
    const growth = screen
      .getByRole('radio', { name: '成长期' })
      .closest('label');
    if (!growth) throw new Error('the stage option has no label');
    await user.click(growth);

    await waitFor(() =>
      expect(router.state.location.search).toBe(
        '?category=financial-audit&stage=growth',
      ),
    );
    await waitFor(() => {
      const last = requestedUrls(fetchMock).at(-1);
      expect(last?.searchParams.get('stage')).toBe('growth');
      expect(last?.searchParams.get('page')).toBe('1');
    });
  });

  it('submits the keyword into the URL', async () => {
    const user = userEvent.setup();
    mockFetch(() => ({ body: page([audit]) }));
    const { router } = renderList('/services?stage=startup');
    await screen.findByRole('link', { name: '年度财务审计' });

    await user.type(
      screen.getByRole('combobox', { name: '搜索服务' }),
      '代理记账{Enter}',
    );

    await waitFor(() =>
      expect(router.state.location.search).toBe(
        `?q=${encodeURIComponent('代理记账')}&stage=startup`,
      ),
    );
  });

  it('shows an empty state that clears the filters', async () => {
    const user = userEvent.setup();
    mockFetch((url) =>
      url.searchParams.has('stage')
        ? { body: page([], { total: 0 }) }
        : { body: page([audit, headhunting]) },
    );
    const { router } = renderList('/services?stage=listing');

    const title = await screen.findByText('没有找到符合条件的服务');
    const empty = title.closest('.qf-state');
    if (!(empty instanceof HTMLElement))
      throw new Error('the empty state is not wrapped');
    expect(empty).toHaveAttribute('role', 'status');
    expect(screen.getByText('共 0 项服务')).toBeInTheDocument();

    await user.click(
      within(empty).getByRole('button', { name: '清除筛选条件' }),
    );

    await waitFor(() => expect(router.state.location.search).toBe(''));
    expect(
      await screen.findByRole('link', { name: '年度财务审计' }),
    ).toBeInTheDocument();
  });

  it('explains a failure and retries on request', async () => {
    const user = userEvent.setup();
    let calls = 0;
    mockFetch(() => {
      calls += 1;
      return calls === 1
        ? {
            status: 503,
            body: { code: 'DATABASE_UNAVAILABLE', message: 'db down' },
          }
        : { body: page([audit]) };
    });
    renderList('/services');

    const alert = await screen.findByRole('alert');
    expect(
      within(alert).getByText('系统正在维护，请稍后重试。'),
    ).toBeInTheDocument();

    await user.click(within(alert).getByRole('button', { name: '重试' }));
    expect(
      await screen.findByRole('link', { name: '年度财务审计' }),
    ).toBeInTheDocument();
  });
});
