import { afterEach, vi } from 'vitest';
import type { ProviderDetailDto } from '@qifu/contracts';
import { screen, within } from '@testing-library/react';
import {
  auditCategory,
  fupingProvider,
  me,
  serviceDetail,
} from '../../testing/fixtures';
import { apiError, mockFetch } from '../../testing/mock-fetch';
import { renderRoute } from '../../testing/render';
import { ProviderRequestRoute } from './provider-request';
import { ServiceRequestRoute } from './service-request';

const provider: ProviderDetailDto = {
  ...fupingProvider,
  description: '专注年度审计与高企专项审计。',
  contactEmail: null,
  website: null,
  joinedAt: '2021-01-29T02:00:00.000Z',
  services: [],
};

vi.setConfig({ testTimeout: 60_000 });

afterEach(() => {
  vi.unstubAllGlobals();
});

const breadcrumbLinks = () =>
  within(screen.getByRole('navigation', { name: '当前位置' }))
    .getAllByRole('link')
    .map((link) => [link.textContent, link.getAttribute('href')]);

describe('request pages (one shell for service and provider)', () => {
  it('asks for a service under its breadcrumb, the contact filled with the user’s name', async () => {
    const service = serviceDetail();
    mockFetch(() => ({ body: service }));
    renderRoute(<ServiceRequestRoute />, {
      path: '/services/:id/request',
      url: `/services/${service.id}/request`,
      me: me(),
    });

    expect(
      await screen.findByRole('heading', { level: 1, name: '申请服务' }),
    ).toBeInTheDocument();
    expect(breadcrumbLinks()).toEqual([
      ['找服务', '/services'],
      [service.title, `/services/${service.id}`],
    ]);
    expect(screen.getByLabelText('联系人')).toHaveValue(me().user.displayName);
  });

  it('consults a provider with its only category chosen', async () => {
    mockFetch(() => ({ body: provider }));
    renderRoute(<ProviderRequestRoute />, {
      path: '/providers/:id/request',
      url: `/providers/${provider.id}/request`,
      me: me(),
    });

    expect(
      await screen.findByRole('heading', {
        level: 1,
        name: `咨询 ${provider.name}`,
      }),
    ).toBeInTheDocument();
    expect(breadcrumbLinks()).toEqual([
      ['服务机构', '/providers'],
      [provider.shortName, `/providers/${provider.id}`],
    ]);
    expect(
      screen.getByTitle(auditCategory.nameZh, { exact: false }),
    ).toBeInTheDocument();
  });

  it('says a missing provider is not there and leads back to the list', async () => {
    mockFetch(() => apiError(404, 'PROVIDER_NOT_FOUND'));
    renderRoute(<ProviderRequestRoute />, {
      path: '/providers/:id/request',
      url: `/providers/${provider.id}/request`,
      me: me(),
    });

    expect(await screen.findByText('服务机构不存在')).toBeInTheDocument();
    expect(screen.queryByLabelText('联系人')).not.toBeInTheDocument();
  });
});
