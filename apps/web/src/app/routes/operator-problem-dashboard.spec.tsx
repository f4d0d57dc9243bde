import { afterEach, vi } from 'vitest';
import { screen, within } from '@testing-library/react';
import {
  COMPANY_TIERS,
  type ProblemDashboardDto,
  type TierPyramidDto,
} from '@qifu/contracts';
import { operatorMe } from '../../testing/fixtures';
import { mockFetch, requests } from '../../testing/mock-fetch';
import { renderRoute } from '../../testing/render';
import { OperatorProblemDashboardRoute } from './operator-problem-dashboard';

const months = [
  '2025-12',
  '2026-01',
  '2026-02',
  '2026-03',
  '2026-04',
  '2026-05',
  '2026-06',
  '2026-07',
  '2026-08',
  '2026-09',
  '2026-10',
  '2026-11',
];

const dashboard = (
  over: Partial<ProblemDashboardDto['totals']> = {},
): ProblemDashboardDto => ({
  period: { from: '2026-01-01', to: '2026-11-22' },
  totals: {
    collected: 378,
    solved: 377,
    confirmed: 350,
    rated: 350,
    satisfied: 300,
    basicallySatisfied: 40,
    dissatisfied: 10,
    closedWithoutAnswer: 0,
    solveRate: 377 / 378,
    satisfactionRate: 340 / 350,
    solvedViaMarketplace: 0,
    marketplaceShare: 0,
    ...over,
  },
  overdueNow: { accept: 2, progress: 0, solve: 5 },
  byCategory: [
    { code: 'policy', name: '政策咨询', collected: 120, solved: 120 },
    { code: 'financing', name: '融资', collected: 0, solved: 0 },
  ],
  byAssignee: [
    {
      userId: 'u1',
      name: '园区运营中心 张老师',
      collected: 200,
      solved: 199,
      open: 1,
    },
    { userId: null, name: null, collected: 3, solved: 0, open: 3 },
  ],
  trend: months.map((month, i) => ({
    month,
    collected: i,
    solved: i > 0 ? i - 1 : 0,
  })),
});

const PYRAMID = '/api/operator/companies/tier-pyramid';
const pyramid: TierPyramidDto = {
  tiers: COMPANY_TIERS.map((tier) => ({
    tier,
    companies: tier === 'high_tech' ? 1234 : tier === 'listed' ? 3 : 0,
  })),
  none: 12,
  companies: 1300,
};

/** The dashboard's answer, the pyramid's beside it. */
const answer = (body: ProblemDashboardDto) => (url: URL) =>
  url.pathname === PYRAMID ? { body: pyramid } : { body };

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('OperatorProblemDashboardRoute (问题看板)', () => {
  it('shows the period’s figures, rates with one decimal, overdue now, breakdowns and the definitions', async () => {
    const fetchMock = mockFetch(answer(dashboard()));
    renderRoute(<OperatorProblemDashboardRoute />, {
      path: '/operator/problems/dashboard',
      url: '/operator/problems/dashboard?from=2026-01-01&to=2026-11-22',
      me: operatorMe(),
    });
    const solveRate = await screen.findByTestId('card-solveRate');
    expect(solveRate).toHaveTextContent('99.7%');
    expect(solveRate).toHaveTextContent('已解决 377 / 收集 378');
    expect(screen.getByTestId('card-satisfactionRate')).toHaveTextContent(
      '97.1%',
    );
    expect(screen.getByTestId('card-collected')).toHaveTextContent('378');
    expect(screen.getByTestId('card-marketplaceShare')).toHaveTextContent(
      '0.0%',
    );
    expect(screen.getByTestId('overdue-accept')).toHaveTextContent('2');
    expect(screen.getByTestId('overdue-solve')).toHaveTextContent('5');
    expect(
      screen.getByRole('link', { name: '在问题台账中查看1 日受理超期的问题' }),
    ).toHaveAttribute('href', '/operator/problems?overdue=accept');
    const cats = screen.getByRole('table', { name: '按问题类别' });
    expect(within(cats).getByText('政策咨询')).toBeInTheDocument();
    expect(within(cats).getByText('100.0%')).toBeInTheDocument();
    expect(within(cats).getByText('—')).toBeInTheDocument(); // nothing collected: no rate
    const people = screen.getByRole('table', { name: '按承办人' });
    expect(within(people).getByText('未指派')).toBeInTheDocument();
    expect(
      screen.getByText(/（满意 \+ 基本满意）÷ 已评价/),
    ).toBeInTheDocument();
    expect(
      screen.getByText(
        /当前状态为“已办结”或“已确认解决”的数量 ÷ 期内登记的问题数/,
      ),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('img', { name: /2025-12 至 2026-11 共收集问题 66 个/ }),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('link', { name: '导出本期问题（CSV）' }),
    ).toHaveAttribute(
      'href',
      '/api/operator/problems/dashboard/export.csv?from=2026-01-01&to=2026-11-22',
    );
    expect(document.title).toBe('问题看板 · 企服超市');
    const call = requests(fetchMock).find(
      (r) => r.url.pathname === '/api/operator/problems/dashboard',
    );
    expect(Object.fromEntries(call?.url.searchParams ?? [])).toEqual({
      from: '2026-01-01',
      to: '2026-11-22',
    });
  });

  it('shows a dash, not 0% or NaN, when nothing was collected or rated', async () => {
    mockFetch(
      answer(
        dashboard({
          collected: 0,
          solved: 0,
          rated: 0,
          solveRate: null,
          satisfactionRate: null,
          marketplaceShare: null,
        }),
      ),
    );
    renderRoute(<OperatorProblemDashboardRoute />, {
      path: '/operator/problems/dashboard',
      url: '/operator/problems/dashboard?from=2026-01-01&to=2026-11-22',
      me: operatorMe(),
    });
    expect(await screen.findByTestId('card-solveRate')).toHaveTextContent('—');
    expect(screen.getByTestId('card-satisfactionRate')).toHaveTextContent('—');
    expect(screen.queryByText(/NaN/)).toBeNull();
  });

  it('falls back to the last 12 months for a bad period in the address, and shows an API error with a retry', async () => {
    const fetchMock = mockFetch((url) =>
      url.pathname === PYRAMID
        ? { body: pyramid }
        : { status: 500, body: { code: 'INTERNAL', message: 'boom' } },
    );
    renderRoute(<OperatorProblemDashboardRoute />, {
      path: '/operator/problems/dashboard',
      url: '/operator/problems/dashboard?from=2026-02-30&to=x',
      me: operatorMe(),
    });
    expect(
      await screen.findByRole('button', { name: /重试|重新加载/ }),
    ).toBeInTheDocument();
    const call = requests(fetchMock).find(
      (r) => r.url.pathname === '/api/operator/problems/dashboard',
    );
    const from = call?.url.searchParams.get('from') ?? '';
    const to = call?.url.searchParams.get('to') ?? '';
    expect(to).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(Number(to.slice(0, 4)) - Number(from.slice(0, 4))).toBe(1);
  });

  it('shows the tier pyramid of the park’s companies under the figures', async () => {
    const fetchMock = mockFetch(answer(dashboard()));
    renderRoute(<OperatorProblemDashboardRoute />, {
      path: '/operator/problems/dashboard',
      url: '/operator/problems/dashboard?from=2026-01-01&to=2026-11-22',
      me: operatorMe(),
    });
    const list = await screen.findByRole('list', { name: '梯度企业金字塔' });
    const items = within(list).getAllByRole('listitem');
    expect(items).toHaveLength(12);
    // Top of the pyramid first, as COMPANY_TIERS orders it.
    expect(items[0]).toHaveTextContent('上市公司');
    expect(within(list).getByLabelText('上市公司：3 家')).toBeInTheDocument();
    expect(
      within(list).getByLabelText('高新技术企业：1,234 家'),
    ).toBeInTheDocument();
    expect(
      screen.getByText('园区企业共 1,300 家，其中未入梯度 12 家'),
    ).toBeInTheDocument();
    expect(
      requests(fetchMock).filter((r) => r.url.pathname === PYRAMID),
    ).toHaveLength(1);
  });
});
