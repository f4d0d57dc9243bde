import { afterEach, vi } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import type { NotificationSettingsDto, SessionDto } from '@qifu/contracts';
import { meQueryKey } from '../../lib/auth';
import { getCsrfToken } from '../../lib/csrf-token';
import { fill, formItem, setupUser } from '../../testing/antd';
import { me } from '../../testing/fixtures';
import {
  apiError,
  mockFetch,
  requests,
  type MockRequest,
  type MockResponse,
} from '../../testing/mock-fetch';
import { renderRoute } from '../../testing/render';
import { AccountRoute } from './account';

const current: SessionDto = {
  id: me().session.id,
  createdAt: '2026-11-22T01:00:00.000Z',
  lastSeenAt: '2026-11-22T02:00:00.000Z',
  ip: '10.0.0.8',
  userAgent:
    'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Safari/537.36',
  current: true,
};
const phone: SessionDto = {
  id: 'bbbbbbbb-cccc-4ddd-8eee-ffffffffffff',
  createdAt: '2026-11-20T01:00:00.000Z',
  lastSeenAt: '2026-11-21T02:00:00.000Z',
  ip: '10.0.0.9',
  userAgent:
    'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1',
  current: false,
};

const settings: NotificationSettingsDto = {
  language: 'zh-CN',
  phone: null,
  email: {
    transition: 'immediate',
    message: 'immediate',
    overdue: 'immediate',
    rating: 'immediate',
    problem_overdue: 'immediate',
  },
};

function renderAccount(onWrite: (r: MockRequest) => MockResponse) {
  const fetchMock = mockFetch((url, request) =>
    request.method !== 'GET'
      ? onWrite(request)
      : url.pathname === '/api/account/notification-settings'
        ? { body: settings }
        : { body: [current, phone] },
  );
  const view = renderRoute(<AccountRoute />, {
    path: '/account',
    url: '/account',
    me: me(),
  });
  return { ...view, fetchMock };
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('AccountRoute', () => {
  it('shows the profile and the devices, this one marked', async () => {
    renderAccount(() => ({ status: 500 }));
    expect(document.title).toBe('账户与安全 · 企服超市');
    expect(screen.getByText('wang@aersen.example')).toBeInTheDocument();
    expect(screen.getByText('管理员')).toBeInTheDocument();
    const mac = (await screen.findByText('Chrome · macOS')).closest('li');
    const iphone = screen.getByText('Safari · iOS').closest('li');
    if (!mac || !iphone) throw new Error('sessions missing');
    expect(within(mac).getByText('当前设备')).toBeInTheDocument();
    expect(
      within(mac).queryByRole('button', { name: '退出该设备' }),
    ).toBeNull();
    expect(
      within(iphone).getByRole('button', { name: '退出该设备' }),
    ).toBeVisible();
  });

  it('changes the password, keeps this browser signed in with the new token', async () => {
    const user = setupUser();
    const renewed = { ...me(), csrfToken: 'csrf-after-password-change' };
    let answer: MockResponse = apiError(400, 'PASSWORD_INCORRECT', [
      { field: 'currentPassword', message: 'incorrect' },
    ]);
    const { fetchMock, queryClient } = renderAccount(() => answer);
    await screen.findByText('Chrome · macOS');

    await fill(user, '当前密码', 'not-my-password');
    await fill(user, '新密码', 'a-brand-new-password');
    await fill(user, '确认新密码', 'a-brand-new-password');
    await user.click(screen.getByRole('button', { name: '修改密码' }));
    expect(
      await within(formItem('当前密码')).findByText('当前密码不正确。'),
    ).toBeInTheDocument();

    answer = { body: renewed };
    const sessionReads = () =>
      requests(fetchMock).filter(
        (r) => r.method === 'GET' && r.url.pathname === '/api/auth/sessions',
      ).length;
    const before = sessionReads();
    await user.click(screen.getByRole('button', { name: '修改密码' }));
    expect(
      await screen.findByText('密码已修改，其他设备上的登录已全部退出。'),
    ).toBeInTheDocument();
    const change = requests(fetchMock)
      .filter((r) => r.method === 'POST')
      .at(-1);
    expect(change?.url.pathname).toBe('/api/auth/password');
    expect(change?.body).toEqual({
      currentPassword: 'not-my-password',
      newPassword: 'a-brand-new-password',
    });
    expect(getCsrfToken()).toBe('csrf-after-password-change');
    expect(queryClient.getQueryData(meQueryKey)).toEqual(renewed);
    await waitFor(() => expect(sessionReads()).toBeGreaterThan(before));
  });

  it('signs out the other devices after confirmation', async () => {
    const user = setupUser();
    const { fetchMock } = renderAccount(() => ({ body: { revoked: 1 } }));
    await screen.findByText('Safari · iOS');

    await user.click(screen.getByRole('button', { name: '退出其他设备' }));
    expect(
      await screen.findByText('除当前设备外，所有设备都将退出登录。确定吗？'),
    ).toBeInTheDocument();
    expect(requests(fetchMock).some((r) => r.method === 'POST')).toBe(false);
    await user.click(await screen.findByRole('button', { name: '确定' }));

    expect(
      await screen.findByText('已让其他 1 台设备退出登录'),
    ).toBeInTheDocument();
    const revoke = requests(fetchMock).find((r) => r.method === 'POST');
    expect(revoke?.url.pathname).toBe('/api/auth/sessions/revoke-others');
    expect(revoke?.headers.get('x-csrf-token')).toBe('csrf-token-from-me');
  });

  it('saves the notification settings: a kind to the daily digest, English, a phone for SMS', async () => {
    const user = setupUser();
    const { fetchMock } = renderAccount((r) => ({ body: r.body }));
    const group = await screen.findByRole('radiogroup', {
      name: '合作意向新留言',
    });
    await user.click(within(group).getByText('每日汇总（早 8 点）'));
    await user.click(screen.getByRole('combobox', { name: '邮件语言' }));
    await user.click(await screen.findByText('English'));
    await fill(user, '短信手机号', '138 0000 0000');
    await user.click(screen.getByRole('button', { name: '保存通知设置' }));
    expect(await screen.findByText('通知设置已保存')).toBeInTheDocument();
    const put = requests(fetchMock).find((r) => r.method === 'PUT');
    expect(put?.url.pathname).toBe('/api/account/notification-settings');
    expect(put?.body).toEqual({
      language: 'en-US',
      phone: '138 0000 0000',
      // A company is not asked about the operators' 13710 notices, so that setting is not sent.
      email: {
        transition: 'immediate',
        message: 'digest',
        overdue: 'immediate',
        rating: 'immediate',
      },
    });
    expect(screen.queryByText('企业问题 13710 超期提醒')).not.toBeInTheDocument();
  });
});
