import { afterEach, vi } from 'vitest';
import { screen, within } from '@testing-library/react';
import { mockFetch } from '../../testing/mock-fetch';
import {
  fupingProvider,
  serviceDetail,
  serviceSummary,
} from '../../testing/fixtures';
import { renderRoute } from '../../testing/render';
import { ServiceDetailRoute } from './service-detail';

const id = '0b6a3c1e-2f4d-4a5b-9c8d-7e6f5a4b3c2d';

function renderDetail(url = `/services/${id}`) {
  return renderRoute(<ServiceDetailRoute />, { path: '/services/:id', url });
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('ServiceDetailRoute', () => {
  it('shows the service, its provider and the way to apply', async () => {
    mockFetch(() => ({
      body: serviceDetail({
        related: [
          serviceSummary({ id: 'r1', title: '高新技术企业认定专项审计' }),
        ],
      }),
    }));
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

  it('renders the description as text, keeping its line breaks', async () => {
    mockFetch(() => ({
      body: serviceDetail({
        description: '第一行<img src=x onerror=alert(1)>\n第二行',
      }),
    }));
    renderDetail();

    const description = await screen.findByText(/第一行/);
    expect(description.textContent).toBe(
      '第一行<img src=x onerror=alert(1)>\n第二行',
    );
    expect(description.querySelector('img')).toBeNull();
    expect(description).toHaveClass('qf-prose');
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
});
