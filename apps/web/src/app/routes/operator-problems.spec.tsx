import { afterEach, vi } from 'vitest';
import { screen, waitFor } from '@testing-library/react';
import { chooseOptions, setupUser } from '../../testing/antd';
import { operatorMe, page } from '../../testing/fixtures';
import { mockFetch, requests } from '../../testing/mock-fetch';
import { renderRoute } from '../../testing/render';
import { problemDetail } from '../../features/problems/problem.fixtures';
import { OperatorProblemsRoute } from './operator-problems';

const categories = [
  { code: 'policy', name: '政策咨询' },
  { code: 'recruitment', name: '用工招聘' },
];

afterEach(() => {
  vi.unstubAllGlobals();
});

function serve() {
  return mockFetch((url) =>
    url.pathname === '/api/problem-categories'
      ? { body: categories }
      : { body: page([problemDetail()], { total: 21, pageSize: 20 }) },
  );
}

describe('OperatorProblemsRoute (问题台账)', () => {
  it('lists problems with company, category, status, the overdue stage and the assignee', async () => {
    const fetchMock = serve();
    renderRoute(<OperatorProblemsRoute />, {
      path: '/operator/problems',
      url: '/operator/problems?status=reported&overdue=accept',
      me: operatorMe(),
    });
    expect(
      await screen.findByText('郑州埃尓森科技有限公司'),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('link', {
        name: '研发岗位招聘困难，急需三名嵌入式工程师。',
      }),
    ).toHaveAttribute('href', '/problems/0c9b8a7d-6e5f-4a3b-8c2d-1e0f9a8b7c6d');
    expect(screen.getByText('1 日受理超期')).toBeInTheDocument();
    expect(screen.getByText('未指派')).toBeInTheDocument();
    expect(screen.getByText('共 21 个问题')).toBeInTheDocument();
    expect(document.title).toBe('问题台账 · 企服超市');
    const list = requests(fetchMock).find(
      (r) => r.url.pathname === '/api/problems',
    );
    expect(Object.fromEntries(list?.url.searchParams ?? [])).toEqual({
      status: 'reported',
      overdue: 'accept',
      page: '1',
      pageSize: '20',
    });
  });

  it('filters by category through the address, back on page 1', async () => {
    const user = setupUser();
    const fetchMock = serve();
    const { router } = renderRoute(<OperatorProblemsRoute />, {
      path: '/operator/problems',
      url: '/operator/problems?page=2',
      me: operatorMe(),
    });
    await screen.findByText('郑州埃尓森科技有限公司');
    await chooseOptions(user, '类别', '政策咨询');
    await waitFor(() =>
      expect(router.state.location.search).toBe('?category=policy'),
    );
    await waitFor(() => {
      const last = requests(fetchMock)
        .filter((r) => r.url.pathname === '/api/problems')
        .at(-1);
      expect(last?.url.searchParams.get('categoryCode')).toBe('policy');
      expect(last?.url.searchParams.get('page')).toBe('1');
    });
  });
});
