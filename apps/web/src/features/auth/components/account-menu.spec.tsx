import { afterEach, vi } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import { meQueryKey } from '../../../lib/auth';
import { getCsrfToken } from '../../../lib/csrf-token';
import { setupUser } from '../../../testing/antd';
import {
  me,
  operatorMe,
  providerMe,
  serviceDetail,
} from '../../../testing/fixtures';
import { apiError, mockFetch, requests } from '../../../testing/mock-fetch';
import { renderRoute } from '../../../testing/render';
import { AccountMenu } from './account-menu';

function renderMenu(url: string, signedIn: ReturnType<typeof me> | null) {
  return renderRoute(<AccountMenu />, { path: '*', url, me: signedIn });
}

async function openMenu(name: RegExp) {
  const user = setupUser();
  const trigger = screen.getByRole('button', { name });
  expect(trigger).toHaveAttribute('aria-expanded', 'false');
  await user.click(trigger);
  expect(trigger).toHaveAttribute('aria-expanded', 'true');
  return user;
}

/** The account pages the menu offers (the intents link is the intents feature's to test). */
function menuLinks() {
  return screen
    .getAllByRole('link')
    .map((link) => [link.textContent, link.getAttribute('href')])
    .filter(([, href]) => !href?.startsWith('/intents'));
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('AccountMenu', () => {
  it('offers sign-in and sign-up, both returning to this page', () => {
    mockFetch(() => ({ status: 500 }));
    renderMenu('/services/42?from=home', null);
    const back = encodeURIComponent('/services/42?from=home');
    expect(screen.getByRole('link', { name: '登录' })).toHaveAttribute(
      'href',
      `/login?redirect=${back}`,
    );
    expect(screen.getByRole('link', { name: '注册' })).toHaveAttribute(
      'href',
      `/register?redirect=${back}`,
    );
  });

  it('asks GET /api/auth/me and shows the sign-in links when it answers user null', async () => {
    mockFetch((url) =>
      url.pathname === '/api/auth/me'
        ? { body: { user: null } }
        : { status: 500 },
    );
    renderMenu('/', undefined as never);
    expect(await screen.findByRole('link', { name: '登录' })).toHaveAttribute(
      'href',
      '/login',
    );
  });

  it('shows a company admin the organisation, name and their pages', async () => {
    mockFetch(() => ({ status: 500 }));
    renderMenu('/', me());
    await openMenu(/郑州埃尓森科技有限公司\s*王经理/);
    expect(menuLinks()).toEqual([
      ['我的问题', '/problems'],
      ['账户与安全', '/account'],
      ['成员管理', '/account/members'],
    ]);
    expect(screen.getByRole('button', { name: '退出登录' })).toBeVisible();
  });

  it('shows a plain member no members page, a provider its application, the operator its tools', async () => {
    mockFetch(() => ({ status: 500 }));
    const view = renderMenu('/', me({ user: { role: 'member' } }));
    await openMenu(/王经理/);
    expect(menuLinks()).toEqual([
      ['我的问题', '/problems'],
      ['账户与安全', '/account'],
    ]);
    view.unmount();

    const provider = renderMenu('/', providerMe());
    await openMenu(/李顾问/);
    expect(menuLinks()).toEqual([
      ['账户与安全', '/account'],
      ['成员管理', '/account/members'],
      ['机构工作台', '/workspace'],
      ['服务管理', '/workspace/listings'],
      ['入驻申请', '/account/application'],
    ]);
    provider.unmount();

    renderMenu('/', operatorMe());
    await openMenu(/张老师/);
    expect(menuLinks()).toEqual([
      ['问题台账', '/operator/problems'],
      ['问题看板', '/operator/problems/dashboard'],
      ['账户与安全', '/account'],
      ['成员管理', '/account/members'],
      ['匹配统计', '/operator/stats'],
      ['企业名录', '/operator/companies'],
      ['服务上下架', '/operator/listings'],
      ['已下架服务', '/operator/listings/moderated'],
      ['入驻审核', '/operator/applications'],
      ['安全日志', '/operator/audit'],
      ['后台任务', '/operator/jobs'],
      ['搜索词典', '/operator/search-synonyms'],
      ['搜索分析', '/operator/search-analytics'],
      ['推荐规则', '/operator/recommendation-rules'],
    ]);
  });

  it('offers the unlisted services to operator admins only', async () => {
    mockFetch(() => ({ status: 500 }));
    const operator = operatorMe();
    renderMenu('/', {
      ...operator,
      user: { ...operator.user, role: 'member' },
    });
    await openMenu(/张老师/);
    const links = menuLinks().map(([, href]) => href);
    expect(links).toContain('/operator/listings');
    expect(links).not.toContain('/operator/listings/moderated');
  });

  it('signs out with the CSRF header, forgets the account and goes home', async () => {
    const fetchMock = mockFetch(() => ({ status: 204 }));
    const { router, queryClient } = renderMenu('/account', me());
    // Something cached for the account that must not outlive it.
    queryClient.setQueryData(['auth', 'sessions'], [{ id: 's1' }]);
    queryClient.setQueryData(['services', 'detail', 'x'], serviceDetail());

    const user = await openMenu(/王经理/);
    await user.click(screen.getByRole('button', { name: '退出登录' }));

    await waitFor(() => expect(router.state.location.pathname).toBe('/'));
    const [logout] = requests(fetchMock);
    expect(logout.method).toBe('POST');
    expect(logout.url.pathname).toBe('/api/auth/logout');
    expect(logout.headers.get('x-csrf-token')).toBe('csrf-token-from-me');
    expect(queryClient.getQueryData(meQueryKey)).toBeNull();
    expect(queryClient.getQueryData(['auth', 'sessions'])).toBeUndefined();
    expect(
      queryClient.getQueryData(['services', 'detail', 'x']),
    ).toBeUndefined();
    expect(getCsrfToken()).toBeNull();
    expect(await screen.findByRole('link', { name: '登录' })).toBeVisible();
  });

  it('says so when signing out fails, and stays signed in', async () => {
    mockFetch(() => apiError(503, 'DATABASE_UNAVAILABLE'));
    const { router } = renderMenu('/account', me());
    const user = await openMenu(/王经理/);
    await user.click(screen.getByRole('button', { name: '退出登录' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      '退出登录失败，请重试。',
    );
    expect(router.state.location.pathname).toBe('/account');
    expect(getCsrfToken()).toBe('csrf-token-from-me');
  });

  it('closes on Escape and gives focus back to the button', async () => {
    mockFetch(() => ({ status: 500 }));
    renderMenu('/', me());
    const user = await openMenu(/王经理/);
    const menu = screen
      .getByRole('link', { name: '账户与安全' })
      .closest('div');
    expect(menu).toBeVisible();
    await user.keyboard('{Escape}');
    const trigger = screen.getByRole('button', { name: /王经理/ });
    expect(trigger).toHaveAttribute('aria-expanded', 'false');
    expect(trigger).toHaveFocus();
    expect(
      within(document.body).queryByRole('link', { name: '账户与安全' }),
    ).toBeNull();
  });
});
