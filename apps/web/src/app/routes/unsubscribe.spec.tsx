import { afterEach, vi } from 'vitest';
import { screen } from '@testing-library/react';
import { setupUser } from '../../testing/antd';
import { apiError, mockFetch, requests } from '../../testing/mock-fetch';
import { renderRoute } from '../../testing/render';
import { UnsubscribeRoute } from './unsubscribe';

const TOKEN = 'eyJ1IjoiYWJjIn0.c2lnbmF0dXJl';

function renderUnsubscribe() {
  return renderRoute(<UnsubscribeRoute />, {
    path: '/unsubscribe',
    url: `/unsubscribe?token=${TOKEN}`,
    me: null,
  });
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('UnsubscribeRoute', () => {
  it('shows what the link turns off, signed out, and changes it only on the button', async () => {
    const user = setupUser();
    const fetchMock = mockFetch((url, request) => ({
      body: {
        kind: 'transition',
        kinds: ['transition', 'message'],
        email: 'w***@aersen.example',
        mode: request.method === 'POST' ? 'off' : 'digest',
      },
    }));
    renderUnsubscribe();
    expect(
      await screen.findByText('不再向 w***@aersen.example 发送以下邮件通知？'),
    ).toBeInTheDocument();
    expect(
      screen.getByText('合作意向状态变化、合作意向新留言'),
    ).toBeInTheDocument();
    // Opening the page wrote nothing (mail scanners open links).
    expect(requests(fetchMock).some((r) => r.method === 'POST')).toBe(false);
    await user.click(screen.getByRole('button', { name: '退订' }));
    expect(
      await screen.findByText(
        '已退订：今后不再向 w***@aersen.example 发送以下邮件通知。',
      ),
    ).toBeInTheDocument();
    const post = requests(fetchMock).find((r) => r.method === 'POST');
    expect(post?.url.pathname).toBe('/api/mail/unsubscribe');
    expect(post?.url.searchParams.get('token')).toBe(TOKEN);
    expect(screen.queryByRole('button', { name: '退订' })).toBeNull();
  });

  it('says so when the link has expired', async () => {
    mockFetch(() =>
      apiError(410, 'UNSUBSCRIBE_TOKEN_EXPIRED'),
    );
    renderUnsubscribe();
    expect(
      await screen.findByText(
        '该退订链接已过期，请登录后在账户页面修改通知设置。',
      ),
    ).toBeInTheDocument();
  });
});
