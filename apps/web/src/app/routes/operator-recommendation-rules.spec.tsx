import { afterEach, vi } from 'vitest';
import { screen, within } from '@testing-library/react';
import type { RecommendationRuleDto } from '@qifu/contracts';
import { operatorMe, page } from '../../testing/fixtures';
import { mockFetch, requests } from '../../testing/mock-fetch';
import { renderRoute } from '../../testing/render';
import { OperatorRecommendationRulesRoute } from './operator-recommendation-rules';

const rule: RecommendationRuleDto = {
  id: '7c1d2e3f-4a5b-4c6d-8e7f-9a0b1c2d3e4f',
  code: 'high-tech-certification',
  condition: {
    all: [
      { type: 'has_tier', tier: 'tech_sme' },
      { type: 'lacks_tier', tier: 'high_tech' },
    ],
  },
  category: {
    code: 'project-application',
    nameZh: '项目申报',
    nameEn: 'Grant and programme applications',
  },
  service: { id: 's-gaoqi', title: '高新技术企业认定辅导' },
  weight: 60,
  reasonZh: '贵司为科技型中小企业，可申报高新技术企业认定',
  reasonEn:
    'As a tech-based SME, you can apply for high-tech enterprise certification',
  active: true,
  createdAt: new Date(2026, 11, 7, 9, 0).toISOString(),
  updatedAt: new Date(2026, 11, 7, 9, 0).toISOString(),
};

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('OperatorRecommendationRulesRoute', { timeout: 60_000 }, () => {
  it('lists the rules of the page and category in the address, their conditions in words', async () => {
    const fetchMock = mockFetch((url) =>
      url.pathname === '/api/categories'
        ? { body: [] }
        : { body: page([rule], { total: 21, page: 2, pageSize: 20 }) },
    );
    renderRoute(<OperatorRecommendationRulesRoute />, {
      path: '/operator/recommendation-rules',
      url: '/operator/recommendation-rules?category=project-application&page=2',
      me: operatorMe(),
    });
    const table = await screen.findByRole('table', { name: '推荐规则' });
    const row = await within(table).findByRole('row', {
      name: /high-tech-certification/,
    });
    expect(
      within(row).getByText('具备 科技型中小企业 且 不具备 高新技术企业'),
    ).toBeInTheDocument();
    expect(
      within(row).getByText('贵司为科技型中小企业，可申报高新技术企业认定'),
    ).toBeInTheDocument();
    expect(within(row).getByText('高新技术企业认定辅导')).toBeInTheDocument();
    expect(within(row).getByText('60')).toBeInTheDocument();
    expect(screen.getByText('共 21 条规则')).toBeInTheDocument();
    const url = requests(fetchMock).find(
      (r) => r.url.pathname === '/api/operator/recommendation-rules',
    )?.url;
    expect(url?.searchParams.get('categoryCode')).toBe('project-application');
    expect(url?.searchParams.get('page')).toBe('2');
    // Read-only: no button writes a rule.
    expect(
      screen.queryByRole('button', { name: /新建|编辑|删除/ }),
    ).not.toBeInTheDocument();
  });

  it('says so when a category has no rule', async () => {
    mockFetch((url) =>
      url.pathname === '/api/categories' ? { body: [] } : { body: page([]) },
    );
    renderRoute(<OperatorRecommendationRulesRoute />, {
      path: '/operator/recommendation-rules',
      url: '/operator/recommendation-rules?category=computing',
      me: operatorMe(),
    });
    expect(await screen.findByText('这个类别没有推荐规则')).toBeInTheDocument();
  });
});
