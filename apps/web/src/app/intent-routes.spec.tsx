import { afterEach, vi } from 'vitest';
import { screen } from '@testing-library/react';
import { me, page, providerMe } from '../testing/fixtures';
import { mockFetch } from '../testing/mock-fetch';
import { renderRoutes } from '../testing/render';
import { routes } from './router';

vi.setConfig({ testTimeout: 60_000 });

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('intent routes', () => {
  it('reach the intent pages through the app router', async () => {
    mockFetch((url) =>
      url.pathname === '/api/notifications/unread-count'
        ? { body: { unread: 0 } }
        : { body: page([], { pageSize: 20 }) },
    );
    renderRoutes(routes, { url: '/intents', me: me() });

    expect(
      await screen.findByRole(
        'heading',
        { level: 1, name: '我的服务' },
        { timeout: 15_000 },
      ),
    ).toBeInTheDocument();
    // The header's bell appears for a signed-in account.
    expect(
      await screen.findByRole('button', { name: '通知' }, { timeout: 15_000 }),
    ).toBeInTheDocument();
  });

  it('keep the request form for companies', async () => {
    mockFetch(() => ({ body: { unread: 0 } }));
    renderRoutes(routes, {
      url: '/services/0b6a3c1e-2f4d-4a5b-9c8d-7e6f5a4b3c2d/request',
      me: providerMe(),
    });

    expect(
      await screen.findByRole(
        'heading',
        { level: 1, name: '无权访问此页面' },
        { timeout: 15_000 },
      ),
    ).toBeInTheDocument();
  });
});
