import { afterEach, vi } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import type {
  CohortFigures,
  ExportJobDto,
  StatsBreakdownDto,
  StatsOverviewDto,
  StatsTrendDto,
} from '@qifu/contracts';
import { setupUser } from '../../testing/antd';
import { operatorMe } from '../../testing/fixtures';
import { mockFetch, requestedUrls } from '../../testing/mock-fetch';
import { renderRoute } from '../../testing/render';
import { OperatorStatsRoute } from './operator-stats';

const period = { from: '2026-10-01', to: '2026-10-31' };

const cohort = (overrides: Partial<CohortFigures> = {}): CohortFigures => ({
  created: 1234,
  accepted: 980,
  negotiating: 610,
  signed: 402,
  completed: 250,
  rated: 120,
  signRate: 0.3258,
  medianFirstResponseHours: 5.24,
  p90FirstResponseHours: 30.06,
  averageRating: 4.62,
  signedAmount: 3_568_000,
  ...overrides,
});

const overview: StatsOverviewDto = {
  period,
  activeProviders: 14,
  publishedServices: 41,
  companiesServed: 38,
  cohort: cohort(),
  overdueNow: 3,
  funnel: [
    { stage: 'submitted', count: 1234 },
    { stage: 'accepted', count: 980 },
    { stage: 'negotiating', count: 610 },
    { stage: 'signed', count: 402 },
    { stage: 'completed', count: 250 },
    { stage: 'rated', count: 120 },
  ],
};

const trend: StatsTrendDto = {
  period,
  granularity: 'day',
  points: [
    { bucket: '2026-10-01', created: 40, signed: 12 },
    { bucket: '2026-10-02', created: 55, signed: 9 },
  ],
};

function breakdown(dimension: string): StatsBreakdownDto {
  const rows =
    dimension === 'provider'
      ? [
          {
            key: 'p1',
            label: '河南富平联合会计师事务所（普通合伙）',
            ...cohort({ created: 12, signed: 3, signedAmount: 80_000 }),
          },
          {
            key: 'p2',
            label: '北京外企人力资源服务河南有限公司',
            ...cohort({ created: 30, signed: 10, signedAmount: 1_250_000 }),
          },
        ]
      : dimension === 'stage'
        ? [{ key: 'growth', label: 'growth', ...cohort({ created: 9 }) }]
        : dimension === 'tier'
          ? [
              {
                key: 'high_tech',
                label: 'high_tech',
                ...cohort({ created: 7 }),
              },
            ]
          : [
              {
                key: 'financial-audit',
                label: '财务审计',
                ...cohort({ created: 20 }),
              },
            ];
  return { period, dimension, rows };
}

const exportJob: ExportJobDto = {
  id: '5f0c8d5e-2b1a-4c3d-9e8f-7a6b5c4d3e2f',
  subject: 'intents',
  format: 'xlsx',
  from: '2026-01-01',
  to: '2026-10-31',
  status: 'ready',
  rowsDone: 1_200_000,
  rowsTotal: 1_200_000,
  bytes: 52_428_800,
  fileName: 'qifu-intents-2026-01-01_2026-10-31.xlsx',
  createdAt: '2026-10-31T02:00:00.000Z',
  finishedAt: '2026-10-31T02:01:00.000Z',
  expiresAt: '2026-11-01T02:01:00.000Z',
  downloadUrl: '/api/stats/exports/5f0c8d5e-2b1a-4c3d-9e8f-7a6b5c4d3e2f/file',
};

function answer(url: URL) {
  if (url.pathname === '/api/stats/exports')
    return { body: { items: [exportJob], total: 1, page: 1, pageSize: 5 } };
  if (url.pathname === '/api/stats/overview') return { body: overview };
  if (url.pathname === '/api/stats/trend') return { body: trend };
  const dimension = /\/api\/stats\/breakdown\/(\w+)/.exec(url.pathname)?.[1];
  if (dimension) return { body: breakdown(dimension) };
  return { status: 404, body: { code: 'NOT_FOUND', message: url.pathname } };
}

afterEach(() => {
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

// The whole page draws six charts and a table: on a loaded 2-core machine that takes a while.
describe('OperatorStatsRoute', { timeout: 90_000 }, () => {
  it('shows the period’s figures formatted the Chinese way', async () => {
    const fetchMock = mockFetch(answer);
    renderRoute(<OperatorStatsRoute />, {
      path: '/operator/stats',
      url: '/operator/stats?from=2026-10-01&to=2026-10-31',
      me: operatorMe(),
    });

    const kpis = await screen.findByLabelText('核心指标');
    const figure = (label: string) =>
      within(kpis)
        .getByText(label)
        .closest('.qf-kpi')
        ?.querySelector('.qf-kpi__value')?.textContent;
    expect(figure('新增合作意向')).toBe('1,234');
    expect(figure('签约率')).toBe('32.6%');
    expect(figure('首次响应（中位数）')).toBe('5.2 小时');
    expect(figure('首次响应（90%分位）')).toBe('30.1 小时');
    expect(figure('平均评分')).toBe('4.6');
    expect(figure('签约金额')).toBe('¥356.8万元');
    expect(figure('当前超时未响应')).toBe('3');
    expect(figure('在营服务机构')).toBe('14');
    expect(document.title).toBe('匹配统计 · 企服超市');

    // The funnel's text alternative names every step.
    expect(
      screen.getByRole('img', {
        name: /转化漏斗：已提交 1,234，已受理 980，洽谈中 610，已签约 402，已完成 250，已评价 120/,
      }),
    ).toBeInTheDocument();

    // The provider table: most intents first, with the cohort figures.
    const table = await screen.findByRole('table', { name: '服务机构统计' });
    await waitFor(() => {
      const rows = within(table).getAllByRole('row').slice(1);
      expect(rows[0]).toHaveTextContent('北京外企人力资源服务河南有限公司');
      expect(rows[0]).toHaveTextContent('¥125万元');
      expect(rows[1]).toHaveTextContent('河南富平联合会计师事务所');
    });
    expect(screen.getByText('共 2 家服务机构')).toBeInTheDocument();

    // The operator's export jobs, with the finished file to download.
    const jobs = await screen.findByRole('table', { name: '导出任务' });
    expect(
      await within(jobs).findByRole('link', {
        name: '下载 qifu-intents-2026-01-01_2026-10-31.xlsx',
      }),
    ).toHaveAttribute('href', exportJob.downloadUrl);
    expect(
      within(jobs).getByText('1,200,000 / 1,200,000 行'),
    ).toBeInTheDocument();
    expect(within(jobs).getByText('50.0 MB')).toBeInTheDocument();

    const asked = requestedUrls(fetchMock).filter(
      (u) =>
        u.pathname.startsWith('/api/stats/') &&
        u.pathname !== '/api/stats/exports',
    );
    for (const url of asked) {
      expect(url.searchParams.get('from')).toBe('2026-10-01');
      expect(url.searchParams.get('to')).toBe('2026-10-31');
    }
    expect(asked.map((u) => u.pathname).sort()).toEqual([
      '/api/stats/breakdown/category',
      '/api/stats/breakdown/provider',
      '/api/stats/breakdown/stage',
      '/api/stats/breakdown/tier',
      '/api/stats/overview',
      '/api/stats/trend',
    ]);
  });

  it('asks for the last 30 days by default and follows a preset into the address', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    // 2026-11-22 09:00 in Zhengzhou.
    vi.setSystemTime(new Date('2026-11-22T01:00:00Z'));
    const user = setupUser();
    const fetchMock = mockFetch(answer);
    const { router } = renderRoute(<OperatorStatsRoute />, {
      path: '/operator/stats',
      url: '/operator/stats',
      me: operatorMe(),
    });
    await screen.findByLabelText('核心指标');
    const overviewAt = () =>
      requestedUrls(fetchMock).filter(
        (u) => u.pathname === '/api/stats/overview',
      );
    expect(overviewAt()[0]?.searchParams.toString()).toBe(
      'from=2026-10-24&to=2026-11-22',
    );
    expect(screen.getByText('2026-10-24 至 2026-11-22')).toBeInTheDocument();

    await user.click(screen.getAllByPlaceholderText('开始日期')[0]);
    await user.click(await screen.findByText('近7天'));

    await waitFor(() =>
      expect(router.state.location.search).toBe(
        '?from=2026-11-16&to=2026-11-22',
      ),
    );
    await waitFor(() =>
      expect(overviewAt().at(-1)?.searchParams.toString()).toBe(
        'from=2026-11-16&to=2026-11-22',
      ),
    );
    expect(
      await screen.findByText('2026-11-16 至 2026-11-22'),
    ).toBeInTheDocument();
  });

  it('switches the trend to weeks through the address', async () => {
    const user = setupUser();
    const fetchMock = mockFetch(answer);
    const { router } = renderRoute(<OperatorStatsRoute />, {
      path: '/operator/stats',
      url: '/operator/stats?from=2026-10-01&to=2026-10-31',
      me: operatorMe(),
    });
    await user.click(await screen.findByText('按周'));
    await waitFor(() =>
      expect(router.state.location.search).toBe(
        '?from=2026-10-01&to=2026-10-31&granularity=week',
      ),
    );
    await waitFor(() => {
      const last = requestedUrls(fetchMock)
        .filter((u) => u.pathname === '/api/stats/trend')
        .at(-1);
      expect(last?.searchParams.get('granularity')).toBe('week');
    });
  });
});
