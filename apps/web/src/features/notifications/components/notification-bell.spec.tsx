import { afterEach, vi } from 'vitest';
import type { NotificationDto } from '@qifu/contracts';
import { screen, waitFor } from '@testing-library/react';
import { setupUser } from '../../../testing/antd';
import { page, providerMe } from '../../../testing/fixtures';
import { mockFetch, requests } from '../../../testing/mock-fetch';
import { renderRoutes } from '../../../testing/render';
import { getUnreadCountQueryOptions } from '../api/get-unread-count';
import { NotificationBell } from './notification-bell';

const intentId = '9d3c2b1a-0f9e-4d8c-8b7a-6f5e4d3c2b1a';
const problemId = '4b6f2d1e-3a5c-4e7f-9a8b-1c2d3e4f5a6b';

const notifications: NotificationDto[] = [
  {
    id: '12',
    at: '2026-03-01T02:00:00.000Z',
    kind: 'transition',
    intentId,
    problemId: null,
    title: '收到新的合作意向',
    detail: { to: 'submitted' },
    readAt: null,
  },
  {
    id: '11',
    at: '2026-02-28T02:00:00.000Z',
    kind: 'message',
    intentId,
    problemId: null,
    title: '合作意向有新留言',
    detail: { preview: '请问下周一可以上门吗？' },
    readAt: '2026-02-28T03:00:00.000Z',
  },
  {
    id: '10',
    at: '2026-02-27T02:00:00.000Z',
    kind: 'problem_overdue',
    intentId: null,
    problemId,
    title: '企业问题超过反馈期限',
    detail: { stage: 'progress', companyName: '埃尓森', categoryName: '用工招聘' },
    readAt: '2026-02-27T03:00:00.000Z',
  },
];

function mockNotificationsApi() {
  return mockFetch((url, request) => {
    if (url.pathname === '/api/notifications/unread-count')
      return { body: { unread: 1 } };
    if (url.pathname === '/api/notifications' && request.method === 'GET')
      return { body: page(notifications) };
    if (url.pathname === '/api/notifications/read-all')
      return { body: { marked: 1 } };
    return { status: 204 };
  });
}

function renderBell() {
  return renderRoutes(
    [
      { path: '/', element: <NotificationBell /> },
      { path: '/intents/:id', element: <p>intent page</p> },
      { path: '/problems/:id', element: <p>problem page</p> },
    ],
    { url: '/', me: providerMe() },
  );
}

vi.setConfig({ testTimeout: 20_000 });

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('NotificationBell', () => {
  it('polls the unread count every minute and when the window regains focus', () => {
    const options = getUnreadCountQueryOptions();
    expect(options.refetchInterval).toBe(60_000);
    expect(options.refetchOnWindowFocus).toBe(true);
  });

  it('shows the unread count, lists recent notifications and marks one read on the way to its intent', async () => {
    const fetchMock = mockNotificationsApi();
    const { router } = renderBell();
    const user = setupUser();

    const bell = await screen.findByRole('button', { name: '通知，1 条未读' });
    expect(screen.getByTestId('unread-count')).toHaveTextContent('1');
    await user.click(bell);

    const first = await screen.findByRole('link', {
      name: /收到新的合作意向/,
    });
    expect(first).toHaveAttribute('href', `/intents/${intentId}`);
    expect(
      screen.getByRole('link', { name: /请问下周一可以上门吗/ }),
    ).toBeInTheDocument();

    await user.click(first);
    await waitFor(() =>
      expect(router.state.location.pathname).toBe(`/intents/${intentId}`),
    );
    await waitFor(() =>
      expect(
        requests(fetchMock).find((r) => r.method === 'POST')?.url.pathname,
      ).toBe('/api/notifications/12/read'),
    );
  });

  it('names a 13710 notice by its stage and leads to the problem, not an intent', async () => {
    mockNotificationsApi();
    const { router } = renderBell();
    const user = setupUser();
    await user.click(await screen.findByRole('button', { name: '通知，1 条未读' }));
    const notice = await screen.findByRole('link', {
      name: /企业问题超过反馈期限（3 个工作日）.*埃尓森 · 用工招聘/,
    });
    expect(notice).toHaveAttribute('href', `/problems/${problemId}`);
    await user.click(notice);
    await waitFor(() =>
      expect(router.state.location.pathname).toBe(`/problems/${problemId}`),
    );
  });

  it('marks everything read', async () => {
    const fetchMock = mockNotificationsApi();
    renderBell();
    const user = setupUser();

    await user.click(await screen.findByRole('button', { name: /通知/ }));
    await user.click(await screen.findByRole('button', { name: '全部已读' }));

    await waitFor(() =>
      expect(
        requests(fetchMock)
          .filter((r) => r.method === 'POST')
          .map((r) => r.url.pathname),
      ).toEqual(['/api/notifications/read-all']),
    );
  });
});
