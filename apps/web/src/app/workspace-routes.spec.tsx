import { afterEach, vi } from 'vitest';
import { screen } from '@testing-library/react';
import { providerListing } from '../features/listings/listing.fixtures';
import { me, page, providerMe } from '../testing/fixtures';
import { mockFetch } from '../testing/mock-fetch';
import { renderRoutes } from '../testing/render';
import { routes } from './router';

vi.setConfig({ testTimeout: 60_000 });

afterEach(() => {
  vi.unstubAllGlobals();
});

const approved = () => {
  const provider = providerMe();
  provider.organisation.providerStatus = 'approved';
  return provider;
};

describe('workspace routes', () => {
  it('reach the listing page through the app router, with the operator’s reason', async () => {
    const listing = providerListing({
      status: 'unlisted',
      moderationReason: '缺少劳务派遣经营许可证，请补充。',
      description: '## 服务流程\n\n<img src=x onerror="window.__pwned=1">',
    });
    mockFetch((url) => {
      if (url.pathname === `/api/provider/listings/${listing.id}`)
        return { body: listing };
      if (url.pathname === '/api/notifications/unread-count')
        return { body: { unread: 0 } };
      return { body: page([]) };
    });
    const { container } = renderRoutes(routes, {
      url: `/workspace/listings/${listing.id}`,
      me: approved(),
    });

    expect(
      await screen.findByRole(
        'heading',
        { level: 1, name: /中高端人才猎聘/ },
        { timeout: 15_000 },
      ),
    ).toBeInTheDocument();
    expect(screen.getByText('该服务已被园区运营中心下架')).toBeInTheDocument();
    expect(screen.getByText(/缺少劳务派遣经营许可证/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: '上架' })).toBeDisabled();
    expect(
      await screen.findByRole('heading', { level: 4, name: '服务流程' }),
    ).toBeInTheDocument();
    expect(container.querySelector('.qf-md img, [onerror]')).toBeNull();
    expect(document.title).toBe('中高端人才猎聘 · 企服超市');
  });

  it('keep the workspace for providers', async () => {
    mockFetch(() => ({ body: { unread: 0 } }));
    renderRoutes(routes, { url: '/workspace/listings/new', me: me() });
    expect(
      await screen.findByRole(
        'heading',
        { level: 1, name: '无权访问此页面' },
        { timeout: 15_000 },
      ),
    ).toBeInTheDocument();
  });
});
