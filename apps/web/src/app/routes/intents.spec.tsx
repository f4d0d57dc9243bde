import { afterEach, vi } from 'vitest';
import type { IntentSummaryDto } from '@qifu/contracts';
import { screen, waitFor, within } from '@testing-library/react';
import { chooseOptions, setupUser } from '../../testing/antd';
import { intentDetail, me, page, providerMe } from '../../testing/fixtures';
import { mockFetch, requests } from '../../testing/mock-fetch';
import { renderRoute } from '../../testing/render';
import { IntentsRoute } from './intents';

function summary(overrides: Partial<IntentSummaryDto>): IntentSummaryDto {
  const { id, status, need, company, provider, service, category, budget } =
    intentDetail();
  return {
    id,
    status,
    need,
    company,
    provider,
    service,
    category,
    budget,
    wishedStartDate: '2026-04-01',
    matchedByOperator: false,
    overdue: false,
    unreadMessages: 0,
    createdAt: '2026-03-01T02:00:00.000Z',
    updatedAt: '2026-03-01T02:00:00.000Z',
    version: 0,
    ...overrides,
  };
}

const overdue = summary({
  id: 'a0000000-0000-4000-8000-000000000001',
  need: '超时未处理的审计需求',
  overdue: true,
  unreadMessages: 2,
  matchedByOperator: true,
});
const accepted = summary({
  id: 'a0000000-0000-4000-8000-000000000002',
  status: 'accepted',
  service: null,
  need: '咨询股权激励方案',
});

vi.setConfig({ testTimeout: 60_000 });

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('IntentsRoute', () => {
  it('gives a provider its inbox: the pending count, overdue rows flagged, unread messages', async () => {
    const fetchMock = mockFetch((url) =>
      url.searchParams.get('status') === 'submitted' &&
      url.searchParams.get('pageSize') === '1'
        ? { body: page([overdue], { total: 3, pageSize: 1 }) }
        : { body: page([overdue, accepted], { pageSize: 20 }) },
    );
    renderRoute(<IntentsRoute />, {
      path: '/intents',
      url: '/intents',
      me: providerMe(),
    });

    expect(
      await screen.findByRole('heading', { level: 1, name: '服务需求' }),
    ).toBeInTheDocument();
    expect(await screen.findByTitle('待处理 3 条')).toBeInTheDocument();

    const table = await screen.findByRole('table');
    const link = await within(table).findByRole('link', {
      name: '年度财务审计',
    });
    const row = link.closest('tr') as HTMLElement;
    expect(row).toHaveClass('qf-intent-row--overdue');
    expect(within(row).getByText('超时未响应')).toBeInTheDocument();
    expect(within(row).getByText('园区撮合')).toBeInTheDocument();
    expect(within(row).getByTitle('2 条未读留言')).toBeInTheDocument();
    expect(within(row).getByText('已提交')).toBeInTheDocument();
    expect(within(table).getByText('咨询：财务审计')).toBeInTheDocument();
    // A provider sees who asked, not its own name.
    expect(within(table).getAllByText('郑州埃尓森科技有限公司')).toHaveLength(
      2,
    );

    const list = requests(fetchMock).find(
      (r) => r.url.searchParams.get('pageSize') === '20',
    );
    expect(list?.url.pathname).toBe('/api/intents');
  });

  it('keeps the filters in the address and asks the API with them', async () => {
    const fetchMock = mockFetch(() => ({ body: page([], { pageSize: 20 }) }));
    const { router } = renderRoute(<IntentsRoute />, {
      path: '/intents',
      url: '/intents?q=%E5%AE%A1%E8%AE%A1',
      me: me(),
    });
    const user = setupUser();

    expect(
      await screen.findByRole('heading', { level: 1, name: '我的服务' }),
    ).toBeInTheDocument();
    expect(
      await screen.findByText('没有符合条件的合作意向'),
    ).toBeInTheDocument();
    // Companies have no overdue filter: that is the provider's deadline.
    expect(screen.queryByLabelText('只看超时未响应')).toBeNull();

    await chooseOptions(user, '状态', '洽谈中');
    await waitFor(() =>
      expect(router.state.location.search).toBe(
        '?status=negotiating&q=%E5%AE%A1%E8%AE%A1',
      ),
    );
    await waitFor(() =>
      expect(
        requests(fetchMock).some(
          (r) =>
            r.url.pathname === '/api/intents' &&
            r.url.searchParams.get('status') === 'negotiating' &&
            r.url.searchParams.get('q') === '审计',
        ),
      ).toBe(true),
    );
  });
});
