import { afterEach, vi } from 'vitest';
import { screen, waitFor } from '@testing-library/react';
import { chooseOptions, fill, setupUser } from '../../testing/antd';
import { me, page } from '../../testing/fixtures';
import { mockFetch, requests } from '../../testing/mock-fetch';
import { renderRoute } from '../../testing/render';
import { problemDetail } from '../../features/problems/problem.fixtures';
import { CompanyProblemsRoute } from './company-problems';

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('CompanyProblemsRoute (我的问题)', () => {
  it('raises a problem and opens it', async () => {
    const user = setupUser();
    const fetchMock = mockFetch((u, r) => {
      if (u.pathname === '/api/problem-categories')
        return { body: [{ code: 'premises', name: '场地' }] };
      if (r.method === 'POST')
        return {
          status: 201,
          body: problemDetail({ category: { code: 'premises', name: '场地' } }),
        };
      return { body: page([]) };
    });
    const { router } = renderRoute(<CompanyProblemsRoute />, {
      path: '/problems',
      url: '/problems',
      me: me(),
    });
    expect(await screen.findByText('您还没有提交过问题')).toBeInTheDocument();
    await chooseOptions(user, '类别', '场地');
    await fill(user, '问题描述', '需要扩租 500 平米厂房。');
    await user.click(screen.getByLabelText('特急'));
    await user.click(screen.getByRole('button', { name: '提交问题' }));
    await waitFor(() =>
      expect(
        requests(fetchMock).find((r) => r.method === 'POST')?.body,
      ).toEqual({
        categoryCode: 'premises',
        description: '需要扩租 500 平米厂房。',
        urgency: 'critical',
        hard: false,
      }),
    );
    await waitFor(() =>
      expect(router.state.location.pathname).toBe(
        `/problems/${problemDetail().id}`,
      ),
    );
  });

  it('asks for a category and a description first', async () => {
    const user = setupUser();
    const fetchMock = mockFetch((u) =>
      u.pathname === '/api/problem-categories'
        ? { body: [] }
        : { body: page([]) },
    );
    renderRoute(<CompanyProblemsRoute />, {
      path: '/problems',
      url: '/problems',
      me: me(),
    });
    await user.click(await screen.findByRole('button', { name: '提交问题' }));
    expect(await screen.findByText('请选择类别')).toBeInTheDocument();
    expect(requests(fetchMock).some((r) => r.method === 'POST')).toBe(false);
  });
});
