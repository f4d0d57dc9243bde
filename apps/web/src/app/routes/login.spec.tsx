import { afterEach, vi } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import { getCsrfToken } from '../../lib/csrf-token';
import { meQueryKey } from '../../lib/auth';
import { formItem, setupUser } from '../../testing/antd';
import { me } from '../../testing/fixtures';
import { apiError, mockFetch, requests } from '../../testing/mock-fetch';
import { renderRoute } from '../../testing/render';
import { LoginRoute } from './login';

function renderLogin(
  url: string,
  signedIn: ReturnType<typeof me> | null = null,
) {
  return renderRoute(<LoginRoute />, { path: '/login', url, me: signedIn });
}

async function signIn(
  email = 'wang@aersen.example',
  password = 'a-long-password',
) {
  const user = setupUser();
  await user.type(screen.getByLabelText('电子邮箱'), email);
  await user.type(screen.getByLabelText('密码'), password);
  await user.click(screen.getByRole('button', { name: '登录' }));
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('LoginRoute', () => {
  it('signs in and returns to the page the visitor came from', async () => {
    const fetchMock = mockFetch(() => ({ body: me() }));
    const { router, queryClient } = renderLogin(
      `/login?redirect=${encodeURIComponent('/services/42?stage=growth')}`,
    );
    expect(
      screen.getByRole('heading', { level: 1, name: '登录企服超市' }),
    ).toBeInTheDocument();
    expect(document.title).toBe('登录 · 企服超市');

    await signIn(' Wang@Aersen.example ');

    await waitFor(() =>
      expect(router.state.location.pathname).toBe('/services/42'),
    );
    expect(router.state.location.search).toBe('?stage=growth');
    const [login] = requests(fetchMock);
    expect(login.method).toBe('POST');
    expect(login.url.pathname).toBe('/api/auth/login');
    expect(login.body).toEqual({
      email: 'Wang@Aersen.example',
      password: 'a-long-password',
    });
    // The answer's CSRF token is what later writes will carry; it lives in memory only.
    expect(queryClient.getQueryData(meQueryKey)).toEqual(me());
    expect(getCsrfToken()).toBe('csrf-token-from-me');
    expect(window.localStorage.length + window.sessionStorage.length).toBe(0);
  });

  it('goes home, not to another site, after sign-in', async () => {
    mockFetch(() => ({ body: me() }));
    const { router } = renderLogin(
      `/login?redirect=${encodeURIComponent('//evil.example/phish')}`,
    );
    await signIn();
    await waitFor(() => expect(router.state.location.pathname).toBe('/'));
  });

  it('says INVALID_CREDENTIALS beside the password and stays on the page', async () => {
    mockFetch(() => apiError(401, 'INVALID_CREDENTIALS'));
    const { router } = renderLogin('/login');

    await signIn();

    expect(
      await within(formItem('密码')).findByText('账号或密码不正确。'),
    ).toBeInTheDocument();
    expect(
      within(formItem('电子邮箱')).queryByText('账号或密码不正确。'),
    ).toBeNull();
    expect(router.state.location.pathname).toBe('/login');
    expect(getCsrfToken()).toBeNull();
  });

  it('says how many minutes to wait after too many attempts (429 Retry-After)', async () => {
    mockFetch(() =>
      apiError(429, 'TOO_MANY_LOGIN_ATTEMPTS', undefined, {
        'Retry-After': '541',
      }),
    );
    renderLogin('/login');

    await signIn();

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('登录失败次数过多，请 10 分钟后再试。');
  });

  it('checks the fields before asking the server', async () => {
    const fetchMock = mockFetch(() => ({ body: me() }));
    const user = setupUser();
    renderLogin('/login');

    await user.type(screen.getByLabelText('电子邮箱'), 'not-an-email');
    await user.click(screen.getByRole('button', { name: '登录' }));

    expect(
      await within(formItem('电子邮箱')).findByText(
        '请输入有效的电子邮箱，如 name@example.com',
      ),
    ).toBeInTheDocument();
    expect(
      await within(formItem('密码')).findByText('请填写密码'),
    ).toBeInTheDocument();
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it('keeps the redirect on the way to sign-up', () => {
    mockFetch(() => ({ status: 500 }));
    renderLogin(`/login?redirect=${encodeURIComponent('/services/42')}`);
    expect(
      screen.getByRole('link', { name: '注册企业或服务机构' }),
    ).toHaveAttribute(
      'href',
      `/register?redirect=${encodeURIComponent('/services/42')}`,
    );
  });

  it('tells a signed-in visitor so, with the way back', () => {
    mockFetch(() => ({ status: 500 }));
    renderLogin(`/login?redirect=${encodeURIComponent('/services/42')}`, me());
    expect(
      screen.getByRole('heading', { name: '您已登录' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('link', { name: '继续' })).toHaveAttribute(
      'href',
      '/services/42',
    );
  });
});
