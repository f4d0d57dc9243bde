import { afterEach, vi } from 'vitest';
import { screen, waitFor } from '@testing-library/react';
import { Outlet, useLocation } from 'react-router';
import { apiError, mockFetch, requestedUrls } from '../../testing/mock-fetch';
import { meQueryKey } from '../../lib/auth';
import { me, operatorMe } from '../../testing/fixtures';
import { renderRoutes } from '../../testing/render';
import { RequireAccess } from './require-access';

function Where() {
  const location = useLocation();
  return <p data-testid="where">{`${location.pathname}${location.search}`}</p>;
}

const routes = [
  {
    element: (
      <>
        <Outlet />
        <Where />
      </>
    ),
    children: [
      { path: '/login', element: <h1>登录页</h1> },
      {
        element: <RequireAccess />,
        children: [{ path: '/account', element: <h1>账户页</h1> }],
      },
      {
        element: <RequireAccess rule={{ admin: true }} />,
        children: [{ path: '/account/members', element: <h1>成员页</h1> }],
      },
      {
        element: <RequireAccess rule={{ orgKinds: ['operator'] }} />,
        children: [{ path: '/operator/audit', element: <h1>安全日志页</h1> }],
      },
    ],
  },
];

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('RequireAccess', () => {
  it('sends a signed-out visitor (me answers user null) to sign-in, remembering the page and its query', async () => {
    const fetchMock = mockFetch((url) =>
      url.pathname === '/api/auth/me'
        ? { body: { user: null } }
        : { status: 500 },
    );
    const { router } = renderRoutes(routes, {
      url: '/account/members?page=2',
    });

    expect(
      await screen.findByRole('heading', { name: '登录页' }),
    ).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/login');
    expect(router.state.location.search).toBe(
      `?redirect=${encodeURIComponent('/account/members?page=2')}`,
    );
    expect(screen.queryByRole('heading', { name: '成员页' })).toBeNull();
    expect(requestedUrls(fetchMock).map((u) => u.pathname)).toEqual([
      '/api/auth/me',
    ]);
  });

  it('sends to sign-in once the session ends on the page (me read again answers user null)', async () => {
    mockFetch((url) =>
      url.pathname === '/api/auth/me'
        ? { body: { user: null } }
        : { status: 500 },
    );
    const { router, queryClient } = renderRoutes(routes, {
      url: '/account',
      me: me(),
    });
    await screen.findByRole('heading', { name: '账户页' });
    await queryClient.invalidateQueries({ queryKey: meQueryKey });
    await screen.findByRole('heading', { name: '登录页' });
    expect(router.state.location.search).toBe(
      `?redirect=${encodeURIComponent('/account')}`,
    );
  });

  it('shows 403 in place, without redirecting, to an account of the wrong kind', async () => {
    mockFetch(() => ({ status: 500 }));
    const { router } = renderRoutes(routes, {
      url: '/operator/audit?page=3',
      me: me(),
    });

    expect(
      await screen.findByRole('heading', { name: '无权访问此页面' }),
    ).toBeInTheDocument();
    expect(
      screen.getByText(/当前账户：王经理（郑州埃尓森科技有限公司）/),
    ).toBeVisible();
    expect(router.state.location.pathname).toBe('/operator/audit');
    expect(screen.getByTestId('where')).toHaveTextContent(
      '/operator/audit?page=3',
    );
    expect(screen.queryByRole('heading', { name: '安全日志页' })).toBeNull();
  });

  it('shows 403 to a member where only admins may go', async () => {
    mockFetch(() => ({ status: 500 }));
    renderRoutes(routes, {
      url: '/account/members',
      me: me({ user: { role: 'member' } }),
    });
    expect(
      await screen.findByRole('heading', { name: '无权访问此页面' }),
    ).toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: '成员页' })).toBeNull();
  });

  it('lets the right account through', async () => {
    mockFetch(() => ({ status: 500 }));
    renderRoutes(routes, { url: '/operator/audit', me: operatorMe() });
    expect(
      await screen.findByRole('heading', { name: '安全日志页' }),
    ).toBeInTheDocument();
  });

  it('asks the API who is signed in when nothing is cached', async () => {
    mockFetch((url) =>
      url.pathname === '/api/auth/me' ? { body: me() } : { status: 500 },
    );
    renderRoutes(routes, { url: '/account' });
    expect(
      await screen.findByRole('heading', { name: '账户页' }),
    ).toBeInTheDocument();
  });

  it('offers a retry, not a redirect, when the API cannot answer', async () => {
    mockFetch(() => apiError(503, 'DATABASE_UNAVAILABLE'));
    const { router } = renderRoutes(routes, { url: '/account' });
    expect(
      await screen.findByText('系统正在维护，请稍后重试。'),
    ).toBeInTheDocument();
    expect(screen.getByRole('button', { name: '重试' })).toBeInTheDocument();
    await waitFor(() =>
      expect(router.state.location.pathname).toBe('/account'),
    );
  });
});
