import { afterEach, vi } from 'vitest';
import { screen, within } from '@testing-library/react';
import type { ProviderFiguresDto } from '@qifu/contracts';
import { providerMe } from '../../testing/fixtures';
import { mockFetch, requestedUrls } from '../../testing/mock-fetch';
import { renderRoute } from '../../testing/render';
import { WorkspaceHomeRoute } from './workspace-home';

const figures: ProviderFiguresDto = {
  figures: {
    views: 15320,
    intents: 48,
    acceptanceRate: 0.8,
    signRate: 0.25,
    medianFirstResponseHours: 5.5,
    ratingAvg: 4.6,
    ratingCount: 21,
  },
  listings: { draft: 1, published: 6, unlisted: 2 },
};

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('WorkspaceHomeRoute', { timeout: 60_000 }, () => {
  it('sums up the provider: listings by status and its figures', async () => {
    const me = providerMe();
    me.organisation.providerStatus = 'approved';
    mockFetch((url) =>
      url.pathname === '/api/provider/figures'
        ? { body: figures }
        : { status: 500 },
    );
    renderRoute(<WorkspaceHomeRoute />, {
      path: '/workspace',
      url: '/workspace',
      me,
    });

    expect(await screen.findByTestId('count-published')).toHaveTextContent('6');
    expect(screen.getByRole('link', { name: /6\s*已上架/ })).toHaveAttribute(
      'href',
      '/workspace/listings?status=published',
    );
    expect(screen.getByTestId('count-unlisted')).toHaveTextContent('2');
    const region = screen.getByRole('region', { name: '服务数据' });
    for (const text of [
      '15,320',
      '48',
      '80%',
      '25%',
      '5.5 小时',
      '4.6 分（21 条）',
    ])
      expect(within(region).getByText(text)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: '机构资料' })).toHaveAttribute(
      'href',
      '/workspace/profile',
    );
  });

  it('tells a provider still under review where it stands, and asks for no figures', async () => {
    const fetchMock = mockFetch(() => ({ status: 500 }));
    renderRoute(<WorkspaceHomeRoute />, {
      path: '/workspace',
      url: '/workspace',
      me: providerMe(),
    });
    expect(await screen.findByText('入驻申请尚未通过审核')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: '查看入驻申请' })).toHaveAttribute(
      'href',
      '/account/application',
    );
    expect(requestedUrls(fetchMock).map((u) => u.pathname)).not.toContain(
      '/api/provider/figures',
    );
  });
});
