import { afterEach, vi } from 'vitest';
import { screen, waitFor } from '@testing-library/react';
import { meQueryKey } from '../../lib/auth';
import { getCsrfToken } from '../../lib/csrf-token';
import { fill, setupUser } from '../../testing/antd';
import { me } from '../../testing/fixtures';
import { apiError, mockFetch, requests } from '../../testing/mock-fetch';
import { renderRoute } from '../../testing/render';
import { AcceptInvitationRoute } from './accept-invitation';

const TOKEN = 'AbCdEfGhIjKlMnOpQrStUvWxYz0123456789-_abcde';
const joined = me({
  user: { email: 'zhou@aersen.example', displayName: '周工', role: 'member' },
});

function renderAccept() {
  return renderRoute(<AcceptInvitationRoute />, {
    path: '/invitations/:token',
    url: `/invitations/${TOKEN}`,
    me: null,
  });
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('AcceptInvitationRoute', () => {
  it('shows who invites, then joins and signs in', async () => {
    const user = setupUser();
    const fetchMock = mockFetch((url, request) =>
      request.method === 'POST'
        ? { status: 201, body: joined }
        : {
            body: {
              email: 'zhou@aersen.example',
              role: 'member',
              organisation: {
                id: joined.organisation.id,
                kind: 'company',
                name: '郑州埃尓森科技有限公司',
              },
              expiresAt: '2026-11-29T02:00:00.000Z',
            },
          },
    );
    const { router, queryClient } = renderAccept();

    expect(
      await screen.findByRole('heading', {
        name: '加入 郑州埃尓森科技有限公司',
      }),
    ).toBeInTheDocument();
    expect(screen.getByText(/以“成员”身份加入/)).toBeInTheDocument();
    expect(screen.getByText('zhou@aersen.example')).toBeInTheDocument();

    await fill(user, '您的姓名', '周工');
    await fill(user, '设置密码', 'wutong-park-2026');
    await fill(user, '确认密码', 'wutong-park-2026');
    await user.click(screen.getByRole('button', { name: '加入并登录' }));

    await waitFor(() => expect(router.state.location.pathname).toBe('/'));
    const accept = requests(fetchMock).find((r) => r.method === 'POST');
    expect(accept?.url.pathname).toBe(`/api/invitations/${TOKEN}/accept`);
    expect(accept?.body).toEqual({
      displayName: '周工',
      password: 'wutong-park-2026',
    });
    expect(queryClient.getQueryData(meQueryKey)).toEqual(joined);
    expect(getCsrfToken()).toBe(joined.csrfToken);
  });

  it('explains an unknown or used link', async () => {
    mockFetch(() => apiError(404, 'INVITATION_NOT_FOUND'));
    renderAccept();
    expect(
      await screen.findByRole('heading', { name: '邀请链接无效' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('link', { name: '返回首页' })).toHaveAttribute(
      'href',
      '/',
    );
  });
});
