import { afterEach, vi } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import { fill, setupUser } from '../../testing/antd';
import { operatorMe, page, serviceSummary } from '../../testing/fixtures';
import { mockFetch, requests } from '../../testing/mock-fetch';
import { renderRoute } from '../../testing/render';
import { OperatorListingsRoute } from './operator-listings';

afterEach(() => {
  vi.unstubAllGlobals();
});

// A whole journey (list, modal, unlist, restore) in jsdom; slow when the machine is busy.
describe('OperatorListingsRoute', { timeout: 90_000 }, () => {
  it('unlists a published service with a reason and can lift it again', async () => {
    const user = setupUser();
    const service = serviceSummary();
    let unlisted = false;
    const fetchMock = mockFetch((url, request) => {
      if (request.method === 'POST') {
        if (url.pathname.endsWith('/unlist')) unlisted = true;
        return { status: 204 };
      }
      return {
        body: page(unlisted ? [] : [service], {
          total: unlisted ? 0 : 41,
          pageSize: 20,
        }),
      };
    });
    renderRoute(<OperatorListingsRoute />, {
      path: '/operator/listings',
      url: '/operator/listings',
      me: operatorMe(),
    });

    const table = await screen.findByRole('table', { name: '在架服务' });
    expect(
      await within(table).findByRole('link', { name: '年度财务审计' }),
    ).toHaveAttribute('href', `/services/${service.id}`);
    expect(screen.getByText('共 41 项在架服务')).toBeInTheDocument();
    const [list] = requests(fetchMock);
    expect(Object.fromEntries(list.url.searchParams)).toEqual({
      sort: 'newest',
      page: '1',
      pageSize: '20',
    });

    await user.click(
      screen.getByRole('button', { name: '下架服务 年度财务审计' }),
    );
    await screen.findByRole('dialog', { name: '下架「年度财务审计」' });
    await fill(user, '下架原因', '报价与备案不一致');
    await user.click(screen.getByRole('button', { name: '确认下架' }));

    // The catalogue no longer lists it; the page keeps it, with the way back.
    expect(
      await screen.findByText('下架原因：报价与备案不一致'),
    ).toBeInTheDocument();
    await waitFor(() =>
      expect(screen.getByText('共 0 项在架服务')).toBeInTheDocument(),
    );
    await user.click(screen.getByRole('button', { name: '解除下架限制' }));
    expect(
      await screen.findByText(
        '「年度财务审计」已解除限制，服务机构可重新上架。',
      ),
    ).toBeInTheDocument();
    const posts = requests(fetchMock).filter((r) => r.method === 'POST');
    expect(posts.map((r) => r.url.pathname)).toEqual([
      `/api/operator/listings/${service.id}/unlist`,
      `/api/operator/listings/${service.id}/restore`,
    ]);
    expect(posts[0].body).toEqual({ reason: '报价与备案不一致' });
  });
});
