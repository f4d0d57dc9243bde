import { afterEach, vi } from 'vitest';
import type { MeDto, ProviderDetailDto } from '@qifu/contracts';
import { screen } from '@testing-library/react';
import {
  fupingProvider,
  me,
  page,
  providerMe,
  rating,
} from '../../testing/fixtures';
import { mockFetch } from '../../testing/mock-fetch';
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
});
