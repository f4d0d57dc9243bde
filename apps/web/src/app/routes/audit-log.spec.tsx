import { afterEach, vi } from 'vitest';
import { screen, waitFor } from '@testing-library/react';
import type { AuditEntryDto } from '@qifu/contracts';
import { chooseOptions, setupUser } from '../../testing/antd';
import { operatorMe, page } from '../../testing/fixtures';
import { mockFetch, requests } from '../../testing/mock-fetch';
import { renderRoute } from '../../testing/render';
import { AuditLogRoute } from './audit-log';

const entry: AuditEntryDto = {
  id: '55555555-6666-4777-8888-999999999999',
  action: 'auth.login_failed',
  // Built in local time: the table shows times as the browser's clock reads them.
  at: new Date(2026, 10, 22, 9, 5, 7).toISOString(),
  actorUserId: null,
  actorEmail: 'wang@aersen.example',
  organisationId: null,
  ip: '10.0.0.8',
  userAgent:
    'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Safari/537.36',
  detail: {},
};

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('AuditLogRoute', () => {
  it('lists entries with time, action, actor, IP and browser', async () => {
    const fetchMock = mockFetch(() => ({
      body: page([entry], { total: 41, pageSize: 20 }),
    }));
    renderRoute(<AuditLogRoute />, {
      path: '/operator/audit',
      url: '/operator/audit?page=2',
      me: operatorMe(),
    });

    expect(await screen.findByText('2026-11-22 09:05:07')).toBeInTheDocument();
    expect(screen.getByRole('cell', { name: '登录失败' })).toBeInTheDocument();
    expect(screen.getByText('wang@aersen.example')).toBeInTheDocument();
    expect(screen.getByText('10.0.0.8')).toBeInTheDocument();
    expect(screen.getByText('Chrome · Windows')).toHaveAttribute(
      'title',
      entry.userAgent,
    );
    expect(screen.getByText('共 41 条记录')).toBeInTheDocument();
    expect(document.title).toBe('安全日志 · 企服超市');
    const [request] = requests(fetchMock);
    expect(Object.fromEntries(request.url.searchParams)).toEqual({
      page: '2',
      pageSize: '20',
    });
  });

  it('filters by action through the address, back on page 1', async () => {
    const user = setupUser();
    const fetchMock = mockFetch(() => ({ body: page([entry]) }));
    const { router } = renderRoute(<AuditLogRoute />, {
      path: '/operator/audit',
      url: '/operator/audit?page=3',
      me: operatorMe(),
    });
    await screen.findByText('wang@aersen.example');

    await chooseOptions(user, '操作类型', '移除成员');

    await waitFor(() =>
      expect(router.state.location.search).toBe('?action=member.removed'),
    );
    await waitFor(() => {
      const last = requests(fetchMock).at(-1);
      expect(last?.url.searchParams.get('action')).toBe('member.removed');
      expect(last?.url.searchParams.get('page')).toBe('1');
    });
  });
});
