import { afterEach, vi } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import type { MemberDto } from '@qifu/contracts';
import { fill, setupUser } from '../../testing/antd';
import { me, page } from '../../testing/fixtures';
import {
  apiError,
  mockFetch,
  requests,
  type MockRequest,
  type MockResponse,
} from '../../testing/mock-fetch';
import { renderRoute } from '../../testing/render';
import { MembersRoute } from './members';

const self: MemberDto = {
  id: me().user.id,
  email: me().user.email,
  displayName: '王经理',
  role: 'admin',
  createdAt: '2026-01-05T02:00:00.000Z',
};
const colleague: MemberDto = {
  id: '22222222-3333-4444-8555-666666666666',
  email: 'chen@aersen.example',
  displayName: '陈会计',
  role: 'admin',
  createdAt: '2026-02-10T02:00:00.000Z',
};
const TOKEN = 'AbCdEfGhIjKlMnOpQrStUvWxYz0123456789-_abcde';

function renderMembers(
  onWrite: (request: MockRequest) => MockResponse = () => ({ status: 204 }),
) {
  const fetchMock = mockFetch((url, request) => {
    if (request.method !== 'GET') return onWrite(request);
    if (url.pathname === '/api/organisation/members')
      return { body: page([self, colleague], { pageSize: 20 }) };
    if (url.pathname === '/api/organisation/invitations') return { body: [] };
    return { status: 500 };
  });
  const view = renderRoute(<MembersRoute />, {
    path: '/account/members',
    url: '/account/members',
    me: me(),
  });
  return { ...view, fetchMock };
}

function gets(fetchMock: ReturnType<typeof mockFetch>, pathname: string) {
  return requests(fetchMock).filter(
    (r) => r.method === 'GET' && r.url.pathname === pathname,
  ).length;
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('MembersRoute', () => {
  it('lists the members, marks me, and offers removal of others only', async () => {
    const { fetchMock } = renderMembers();
    await screen.findByText('陈会计');
    const rows = screen.getAllByRole('row');
    expect(document.title).toBe('成员管理 · 企服超市');
    const mine = rows.find((row) => row.textContent?.includes('王经理'));
    const theirs = rows.find((row) => row.textContent?.includes('陈会计'));
    if (!mine || !theirs) throw new Error('rows missing');
    expect(within(mine).getByText('我')).toBeInTheDocument();
    expect(within(mine).queryByRole('button', { name: '移除' })).toBeNull();
    expect(within(theirs).getByRole('button', { name: '移除' })).toBeVisible();
    expect(screen.getByText('共 2 位成员')).toBeInTheDocument();
    const [list] = requests(fetchMock).filter(
      (r) => r.url.pathname === '/api/organisation/members',
    );
    expect(list.url.searchParams.get('page')).toBe('1');
    expect(list.url.searchParams.get('pageSize')).toBe('20');
  });

  it('removes after confirming, and explains LAST_ADMIN', async () => {
    const user = setupUser();
    let answer: MockResponse = apiError(409, 'LAST_ADMIN');
    const { fetchMock } = renderMembers(() => answer);
    const row = (await screen.findByText('陈会计')).closest('tr');
    if (!row) throw new Error('no row');

    await user.click(within(row).getByRole('button', { name: '移除' }));
    await user.click(await screen.findByRole('button', { name: '确定' }));
    expect(
      await screen.findByText('不能移除最后一位管理员。'),
    ).toBeInTheDocument();

    const removal = requests(fetchMock).find((r) => r.method === 'DELETE');
    expect(removal?.url.pathname).toBe(
      `/api/organisation/members/${colleague.id}`,
    );
    expect(removal?.headers.get('x-csrf-token')).toBe('csrf-token-from-me');

    answer = { status: 204 };
    const before = gets(fetchMock, '/api/organisation/members');
    await user.click(within(row).getByRole('button', { name: '移除' }));
    await user.click(
      (await screen.findAllByRole('button', { name: '确定' })).at(
        -1,
      ) as HTMLElement,
    );
    expect(await screen.findByText('已移除 陈会计')).toBeInTheDocument();
    await waitFor(() =>
      expect(gets(fetchMock, '/api/organisation/members')).toBeGreaterThan(
        before,
      ),
    );
  });

  it('shows the accept link once, as a full address, ready to copy', async () => {
    const user = setupUser();
    const writeText = vi.fn(async () => undefined);
    Object.defineProperty(navigator, 'clipboard', {
      configurable: true,
      value: { writeText },
    });
    const { fetchMock } = renderMembers(() => ({
      status: 201,
      body: {
        id: '33333333-4444-4555-8666-777777777777',
        email: 'zhou@aersen.example',
        role: 'member',
        expiresAt: '2026-11-29T02:00:00.000Z',
        acceptPath: `/invitations/${TOKEN}`,
      },
    }));
    await screen.findByText('陈会计');
    const invitationsBefore = gets(fetchMock, '/api/organisation/invitations');

    await fill(user, '对方的电子邮箱', 'zhou@aersen.example');
    await user.click(screen.getByRole('button', { name: '生成邀请链接' }));

    const link = await screen.findByLabelText('邀请链接');
    const url = `${window.location.origin}/invitations/${TOKEN}`;
    expect(link).toHaveValue(url);
    expect(
      screen.getByText(/只显示这一次.*zhou@aersen\.example/),
    ).toBeVisible();
    const invite = requests(fetchMock).find((r) => r.method === 'POST');
    expect(invite?.body).toEqual({
      email: 'zhou@aersen.example',
      role: 'member',
    });

    await user.click(screen.getByRole('button', { name: /复制链接/ }));
    expect(writeText).toHaveBeenCalledWith(url);
    expect(await screen.findByText('邀请链接已复制')).toBeInTheDocument();
    await waitFor(() =>
      expect(gets(fetchMock, '/api/organisation/invitations')).toBeGreaterThan(
        invitationsBefore,
      ),
    );

    await user.click(screen.getByRole('button', { name: '我已发送' }));
    expect(screen.queryByLabelText('邀请链接')).toBeNull();
  });
});
