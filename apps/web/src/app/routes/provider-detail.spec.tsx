import { afterEach, vi } from 'vitest';
import type { MeDto, ProviderDetailDto } from '@qifu/contracts';
import { screen, within } from '@testing-library/react';
import {
  fupingProvider,
  me,
  page,
  providerMe,
  rating,
} from '../../testing/fixtures';
import { apiError, mockFetch } from '../../testing/mock-fetch';
import { renderRoute } from '../../testing/render';
import { ProviderDetailRoute } from './provider-detail';

const provider: ProviderDetailDto = {
  ...fupingProvider,
  description: '专注年度审计与高企专项审计。',
  contactEmail: null,
  website: null,
  joinedAt: '2021-01-29T02:00:00.000Z',
  services: [],
};

function renderProvider(who: MeDto | null) {
  mockFetch((url) =>
    url.pathname.endsWith('/ratings')
      ? {
          body: page(
            [
              rating({ average: 4.5, comment: '报告出得及时' }),
              rating({ average: 4 }),
            ],
            { total: 2 },
          ),
        }
      : { body: provider },
  );
  return renderRoute(<ProviderDetailRoute />, {
    path: '/providers/:id',
    url: `/providers/${provider.id}`,
    me: who,
  });
}

vi.setConfig({ testTimeout: 60_000 });

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('ProviderDetailRoute', () => {
  it('shows its rating and ratings, and lets a company ask it directly', async () => {
    renderProvider(me());

    expect(await screen.findByTestId('rating-summary')).toHaveTextContent(
      '4.3 分 · 2 条评价',
    );
    expect(await screen.findByText('报告出得及时')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: '咨询该机构' })).toHaveAttribute(
      'href',
      `/providers/${provider.id}/request`,
    );
  });

  it('sends a visitor to sign in first, and offers other providers nothing to ask', async () => {
    const visitor = renderProvider(null);
    expect(
      await screen.findByRole('link', { name: '咨询该机构' }),
    ).toHaveAttribute(
      'href',
      `/login?redirect=${encodeURIComponent(`/providers/${provider.id}/request`)}`,
    );
    visitor.unmount();

    renderProvider(providerMe());
    await screen.findByRole('heading', { level: 1, name: provider.name });
    expect(screen.queryByRole('link', { name: '咨询该机构' })).toBeNull();
  });

  it('names the tab after it, under 服务机构 with its short name', async () => {
    renderProvider(me());
    await screen.findByRole('heading', { level: 1, name: provider.name });
    expect(document.title).toBe(`${provider.name} · 企服超市`);
    const crumbs = screen.getByRole('navigation', { name: '当前位置' });
    expect(
      within(crumbs).getByRole('link', { name: '服务机构' }),
    ).toHaveAttribute('href', '/providers');
    expect(crumbs).toHaveTextContent(provider.shortName || provider.name);
  });

  it('says a missing provider is not there, and offers a retry when the server fails', async () => {
    mockFetch(() => apiError(404, 'PROVIDER_NOT_FOUND'));
    const missing = renderRoute(<ProviderDetailRoute />, {
      path: '/providers/:id',
      url: `/providers/${provider.id}`,
      me: null,
    });
    expect(
      await screen.findByRole('heading', { name: '服务机构不存在' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('link', { name: '返回机构列表' })).toHaveAttribute(
      'href',
      '/providers',
    );
    expect(document.title).toBe('服务机构不存在 · 企服超市');
    missing.unmount();
    vi.unstubAllGlobals();

    mockFetch(() => apiError(500, 'INTERNAL_ERROR'));
    renderRoute(<ProviderDetailRoute />, {
      path: '/providers/:id',
      url: `/providers/${provider.id}`,
      me: null,
    });
    expect(
      await screen.findByRole('button', { name: '重试' }),
    ).toBeInTheDocument();
    expect(document.title).toBe('加载失败 · 企服超市');
  });
});
