import { afterEach, vi } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import type { MeDto } from '@qifu/contracts';
import { mockFetch } from '../../testing/mock-fetch';
import {
  fupingProvider,
  me,
  operatorMe,
  page,
  providerMe,
  rating,
  serviceDetail,
  serviceSummary,
} from '../../testing/fixtures';
import { renderRoute } from '../../testing/render';
import { ServiceDetailRoute } from './service-detail';

const id = '0b6a3c1e-2f4d-4a5b-9c8d-7e6f5a4b3c2d';

function renderDetail(url = `/services/${id}`, who: MeDto | null = null) {
  return renderRoute(<ServiceDetailRoute />, {
    path: '/services/:id',
    url,
    me: who,
  });
}

/** The service itself, and (unless a test says otherwise) no ratings yet. */
function mockService(body: unknown) {
  return mockFetch((url) =>
    url.pathname.endsWith('/ratings')
      ? { body: page([]) }
      : url.pathname === '/api/recommendations'
        ? { body: { items: [] } }
        : { body },
  );
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('ServiceDetailRoute', () => {
  it('shows the service, its provider and the way to apply', async () => {
    mockService(
      serviceDetail({
        related: [
          serviceSummary({ id: 'r1', title: '高新技术企业认定专项审计' }),
        ],
      }),
    );
    renderDetail(`/services/${id}?from=home`);

    expect(
      await screen.findByRole('heading', { level: 1, name: '年度财务审计' }),
    ).toBeInTheDocument();
    expect(document.title).toBe('年度财务审计 · 企服超市');

    const providerName = screen.getByTestId('service-provider-name');
    expect(providerName).toHaveTextContent(fupingProvider.name);
    expect(
      within(providerName).getByRole('link', { name: fupingProvider.name }),
    ).toHaveAttribute('href', `/providers/${fupingProvider.id}`);
    expect(
      screen.getByRole('link', { name: '0371-6788 1234' }),
    ).toHaveAttribute('href', 'tel:037167881234');

    expect(screen.getByRole('link', { name: '申请服务' })).toHaveAttribute(
      'href',
      `/login?redirect=${encodeURIComponent(`/services/${id}?from=home`)}`,
    );
    expect(screen.getByText('年度审计报告')).toBeInTheDocument();
    expect(
      screen.getByRole('link', { name: '高新技术企业认定专项审计' }),
    ).toHaveAttribute('href', '/services/r1');
  });

  it('renders the description as safe Markdown, keeping its line breaks', async () => {
    mockService(
      serviceDetail({
        description:
          '第一行<img src=x onerror=alert(1)>\n第二行\n\n- **年度**审计\n- [准则](javascript:alert(1))',
      }),
    );
    const { container } = renderDetail();

    // Markdown loads lazily; until then (and after) no HTML of the provider's becomes an element.
    const rendered = await waitFor(() => {
      const md = container.querySelector('.qf-md');
      if (!md) throw new Error('markdown not loaded yet');
      return md as HTMLElement;
    });
    const first = within(rendered).getByText(/第一行/);
    expect(first.textContent).toBe(
      '第一行<img src=x onerror=alert(1)>\n第二行',
    );
    expect(rendered.querySelector('img, [onerror]')).toBeNull();
    expect(within(rendered).getByText('年度').tagName).toBe('STRONG');
    expect(within(rendered).getByText('准则').closest('a')).toBeNull();
  });

  it('shows a not-found state for an unknown id', async () => {
    mockFetch(() => ({
      status: 404,
      body: { code: 'SERVICE_NOT_FOUND', message: 'not found' },
    }));
    renderDetail();

    expect(
      await screen.findByRole('heading', { name: '服务不存在' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('link', { name: '返回服务列表' })).toHaveAttribute(
      'href',
      '/services',
    );
    expect(document.title).toBe('服务不存在 · 企服超市');
  });

  it('treats a malformed id (400 INVALID_ID) as not found', async () => {
    mockFetch(() => ({
      status: 400,
      body: { code: 'INVALID_ID', message: 'id must be a UUID' },
    }));
    renderDetail('/services/not-a-uuid');

    expect(
      await screen.findByRole('heading', { name: '服务不存在' }),
    ).toBeInTheDocument();
  });

  it('offers a retry when the server fails', async () => {
    mockFetch(() => ({
      status: 500,
      body: { code: 'INTERNAL_ERROR', message: 'boom' },
    }));
    renderDetail();

    expect(
      await screen.findByText('服务器开小差了，请稍后重试。'),
    ).toBeInTheDocument();
    expect(screen.getByRole('button', { name: '重试' })).toBeInTheDocument();
  });

  it('sends a signed-in company to the request form', async () => {
    mockService(serviceDetail());
    renderDetail(`/services/${id}`, me());

    expect(
      await screen.findByRole('link', { name: '申请服务' }),
    ).toHaveAttribute('href', `/services/${id}/request`);
  });

  it('lets the operator apply for a company, and tells a provider it cannot apply', async () => {
    mockService(serviceDetail());
    const operator = renderDetail(`/services/${id}`, operatorMe());
    expect(
      await screen.findByRole('link', { name: '为企业申请（园区撮合）' }),
    ).toHaveAttribute('href', `/operator/intents/new?service=${id}`);
    operator.unmount();

    renderDetail(`/services/${id}`, providerMe());
    expect(
      await screen.findByText(/服务机构账户不能申请服务/),
    ).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: '申请服务' })).toBeNull();
  });

  it('shows the average and count by the title, and the ratings with their replies', async () => {
    mockFetch((url) =>
      url.pathname.endsWith('/ratings')
        ? {
            body: page(
              [
                rating({
                  comment: '审计报告出得很快，沟通顺畅。',
                  reply: '感谢认可，欢迎再次合作。',
                }),
              ],
              { total: 12, pageSize: 5 },
            ),
          }
        : { body: serviceDetail({ ratingAvg: 4.75, ratingCount: 12 }) },
    );
    renderDetail();

    expect(await screen.findByTestId('service-rating')).toHaveTextContent(
      '4.8 分 · 12 条评价',
    );
    expect(
      await screen.findByText('审计报告出得很快，沟通顺畅。'),
    ).toBeInTheDocument();
    expect(screen.getByText('感谢认可，欢迎再次合作。')).toBeInTheDocument();
    expect(screen.getByText(/郑州埃尓森科技有限公司/)).toBeInTheDocument();
    const list = screen.getByRole('list', { name: '评价列表' });
    expect(within(list).getByText('专业能力')).toBeInTheDocument();
    // 12 ratings, 5 a page: the list pages.
    expect(screen.getByTitle('3')).toBeInTheDocument();
  });
});
