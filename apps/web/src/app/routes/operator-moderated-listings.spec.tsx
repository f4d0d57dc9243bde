import { afterEach, vi } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import type { ModeratedListingDto } from '@qifu/contracts';
import { setupUser } from '../../testing/antd';
import { auditCategory, operatorMe, page } from '../../testing/fixtures';
import { apiError, mockFetch, requests } from '../../testing/mock-fetch';
import { renderRoute } from '../../testing/render';
import { OperatorModeratedListingsRoute } from './operator-moderated-listings';

const listing: ModeratedListingDto = {
  id: '0b6c3f5e-2d1a-4e8b-9c7d-5a4b3c2d1e0f',
  title: '年度财务审计',
  category: auditCategory,
  provider: {
    id: '6f1c2d3e-4b5a-4c6d-8e7f-9a0b1c2d3e4f',
    name: '富平会计师事务所',
  },
  moderationReason: '报价与备案不一致',
  moderatedAt: new Date(2026, 10, 21, 14, 30).toISOString(),
  moderatedBy: '张老师',
};

afterEach(() => {
  vi.unstubAllGlobals();
});

function render(url = '/operator/listings/moderated') {
  return renderRoute(<OperatorModeratedListingsRoute />, {
    path: '/operator/listings/moderated',
    url,
    me: operatorMe(),
  });
}

describe('OperatorModeratedListingsRoute', { timeout: 90_000 }, () => {
  it('lists the unlisted listings with reason, time and operator, from the moderated query', async () => {
    const fetchMock = mockFetch(() => ({
      body: page(
        [
          listing,
          { ...listing, id: 'b', title: '专项审计', moderatedBy: null },
        ],
        {
          total: 42,
          pageSize: 20,
          page: 2,
        },
      ),
    }));
    render('/operator/listings/moderated?q=%E5%AE%A1%E8%AE%A1&page=2');

    const table = await screen.findByRole('table', { name: '已下架服务' });
    const row = await within(table).findByRole('row', { name: /年度财务审计/ });
    expect(within(row).getByText('富平会计师事务所')).toBeInTheDocument();
    expect(within(row).getByText('财务审计')).toBeInTheDocument();
    expect(within(row).getByText('报价与备案不一致')).toBeInTheDocument();
    expect(within(row).getByText('2026-11-21 14:30')).toBeInTheDocument();
    expect(within(row).getByText('张老师')).toBeInTheDocument();
    expect(
      within(within(table).getByRole('row', { name: /专项审计/ })).getByText(
        '（账号已删除）',
      ),
    ).toBeInTheDocument();
    expect(screen.getByText('共 42 项已下架服务')).toBeInTheDocument();
    expect(screen.getByRole('searchbox', { name: '搜索服务' })).toHaveValue(
      '审计',
    );
    expect(document.title).toBe('已下架服务 · 企服超市');
    // The console's tabs: this one is current, the listed catalogue one click away.
    const nav = screen.getByRole('navigation', { name: '服务上下架' });
    expect(within(nav).getByRole('link', { name: '已下架' })).toHaveAttribute(
      'aria-current',
      'page',
    );
    expect(within(nav).getByRole('link', { name: '在架服务' })).toHaveAttribute(
      'href',
      '/operator/listings',
    );

    const [list] = requests(fetchMock);
    expect(list.url.pathname).toBe('/api/operator/listings');
    expect(Object.fromEntries(list.url.searchParams)).toEqual({
      moderated: 'true',
      q: '审计',
      page: '2',
      pageSize: '20',
    });
  });

  it('restores only after confirming, then the list no longer has it', async () => {
    const user = setupUser();
    let restored = false;
    const fetchMock = mockFetch((url, request) => {
      if (request.method === 'POST') {
        restored = true;
        return { status: 204 };
      }
      return { body: page(restored ? [] : [listing]) };
    });
    render();

    await user.click(
      await screen.findByRole('button', { name: '解除下架限制 年度财务审计' }),
    );
    // Nothing is sent before the confirmation.
    expect(requests(fetchMock).filter((r) => r.method === 'POST')).toEqual([]);
    const confirm = await screen.findByRole('tooltip');
    expect(
      within(confirm).getByText('解除「年度财务审计」的下架限制？'),
    ).toBeInTheDocument();
    await user.click(within(confirm).getByRole('button', { name: '解除限制' }));

    expect(
      await screen.findByText(
        '「年度财务审计」已解除限制，服务机构可重新上架。',
      ),
    ).toBeInTheDocument();
    expect(await screen.findByText('没有已下架的服务')).toBeInTheDocument();
    const posts = requests(fetchMock).filter((r) => r.method === 'POST');
    expect(posts.map((r) => r.url.pathname)).toEqual([
      `/api/operator/listings/${listing.id}/restore`,
    ]);
    await waitFor(() =>
      expect(
        requests(fetchMock).filter((r) => r.method === 'GET'),
      ).toHaveLength(2),
    );
  });

  it('says why a restore failed and keeps the row', async () => {
    const user = setupUser();
    mockFetch((url, request) =>
      request.method === 'POST'
        ? apiError(409, 'TRANSITION_NOT_ALLOWED')
        : { body: page([listing]) },
    );
    render();

    await user.click(
      await screen.findByRole('button', { name: '解除下架限制 年度财务审计' }),
    );
    await user.click(
      within(await screen.findByRole('tooltip')).getByRole('button', {
        name: '解除限制',
      }),
    );
    expect(await screen.findByText(/^操作失败：/)).toBeInTheDocument();
    expect(
      screen.getByRole('row', { name: /年度财务审计/ }),
    ).toBeInTheDocument();
  });
});
