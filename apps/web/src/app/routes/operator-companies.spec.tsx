import { afterEach, vi } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import { COMPANY_TIERS, type CompanyDto, type TierPyramidDto } from '@qifu/contracts';
import { chooseOptions, setupUser } from '../../testing/antd';
import { operatorMe, page } from '../../testing/fixtures';
import { mockFetch, requestedUrls } from '../../testing/mock-fetch';
import { renderRoute } from '../../testing/render';
import { OperatorCompaniesRoute } from './operator-companies';

const aersen: CompanyDto = {
  id: '66666666-7777-4888-8999-000000000000',
  name: '郑州埃尓森科技有限公司',
  shortName: '埃尓森',
  industry: '软件和信息技术服务业',
  size: 'small',
  stage: 'growth',
  tiers: ['high_tech', 'specialized_sme'],
  contactName: '王经理',
  contactPhone: '0371-6788 0000',
  intentCount: 7,
};

const pyramid: TierPyramidDto = {
  tiers: COMPANY_TIERS.map((tier, i) => ({ tier, companies: i === 7 ? 1200 : i })),
  none: 30,
  companies: 1300,
};
const PYRAMID = '/api/operator/companies/tier-pyramid';
const directoryUrls = (f: Parameters<typeof requestedUrls>[0]) =>
  requestedUrls(f).filter((u) => u.pathname !== PYRAMID);

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('OperatorCompaniesRoute', () => {
  it('lists companies with tiers, stage and a link to their intents', async () => {
    const fetchMock = mockFetch((url) =>
      url.pathname === PYRAMID
        ? { body: pyramid }
        : { body: page([aersen], { total: 45, pageSize: 20, page: 2 }) },
    );
    renderRoute(<OperatorCompaniesRoute />, {
      path: '/operator/companies',
      url: '/operator/companies?page=2&tier=high_tech',
      me: operatorMe(),
    });
    const table = await screen.findByRole('table', { name: '园区企业' });
    expect(
      await within(table).findByText('郑州埃尓森科技有限公司'),
    ).toBeInTheDocument();
    expect(
      within(table).getByRole('link', { name: '郑州埃尓森科技有限公司' }),
    ).toHaveAttribute('href', `/operator/companies/${aersen.id}`);
    expect(within(table).getByText('高新技术企业')).toBeInTheDocument();
    expect(within(table).getByText('成长期')).toBeInTheDocument();
    expect(
      within(table).getByRole('link', {
        name: '郑州埃尓森科技有限公司的合作意向 7 条',
      }),
    ).toHaveAttribute('href', `/intents?company=${aersen.id}`);
    expect(screen.getByText('共 45 家企业')).toBeInTheDocument();
    expect(document.title).toBe('企业名录 · 企服超市');
    const [url] = directoryUrls(fetchMock);
    expect(Object.fromEntries(url.searchParams)).toEqual({
      tier: 'high_tech',
      page: '2',
      pageSize: '20',
    });
  });

  it('filters by stage and keyword through the address, back on page 1', async () => {
    const user = setupUser();
    const fetchMock = mockFetch((url) =>
      url.pathname === PYRAMID ? { body: pyramid } : { body: page([aersen]) },
    );
    const { router } = renderRoute(<OperatorCompaniesRoute />, {
      path: '/operator/companies',
      url: '/operator/companies?page=3',
      me: operatorMe(),
    });
    await screen.findByText('郑州埃尓森科技有限公司');
    await chooseOptions(user, '生命周期', '初创期');
    await waitFor(() =>
      expect(router.state.location.search).toBe('?stage=startup'),
    );

    await user.type(screen.getByLabelText('搜索企业'), '埃尓森{Enter}');
    await waitFor(() =>
      expect(router.state.location.search).toBe(
        `?q=${encodeURIComponent('埃尓森')}&stage=startup`,
      ),
    );
    await waitFor(() => {
      const last = directoryUrls(fetchMock).at(-1);
      expect(last?.searchParams.get('q')).toBe('埃尓森');
      expect(last?.searchParams.get('stage')).toBe('startup');
      expect(last?.searchParams.get('page')).toBe('1');
    });
  });

  it('shows the tier pyramid with exact counts and links to the import', async () => {
    mockFetch((url) =>
      url.pathname === PYRAMID ? { body: pyramid } : { body: page([aersen]) },
    );
    renderRoute(<OperatorCompaniesRoute />, {
      path: '/operator/companies',
      url: '/operator/companies',
      me: operatorMe(),
    });
    const list = await screen.findByRole('list', { name: '梯度企业金字塔' });
    expect(within(list).getAllByRole('listitem')).toHaveLength(12);
    expect(within(list).getByLabelText('高新技术企业：1,200 家')).toBeInTheDocument();
    expect(within(list).getByLabelText('上市公司：0 家')).toBeInTheDocument();
    expect(screen.getByText('园区企业共 1,300 家，其中未入梯度 30 家')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: '批量导入企业' })).toHaveAttribute('href', '/operator/companies/import');
  });
});
