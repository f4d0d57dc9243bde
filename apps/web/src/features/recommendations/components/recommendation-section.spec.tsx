import { afterEach, vi } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { MeDto, RecommendationDto } from '@qifu/contracts';
import { mockFetch } from '../../../testing/mock-fetch';
import { me, operatorMe, serviceSummary } from '../../../testing/fixtures';
import { renderRoute } from '../../../testing/render';
import { RecommendationSection } from './recommendation-section';

const gaoqi: RecommendationDto = {
  key: 's-gaoqi',
  service: serviceSummary({
    id: 's-gaoqi',
    title: '高新技术企业认定辅导',
    category: {
      code: 'project-application',
      nameZh: '项目申报',
      nameEn: 'Grant and programme applications',
    },
  }),
  source: 'rule',
  ruleId: 'rule-1',
  reason: {
    zhCN: '贵司为科技型中小企业，可申报高新技术企业认定',
    enUS: 'As a tech-based SME, you can apply for high-tech enterprise certification',
  },
};
const peers: RecommendationDto = {
  key: 's-cloud',
  service: serviceSummary({
    id: 's-cloud',
    title: '云主机与云函数开通',
    category: {
      code: 'computing',
      nameZh: '算力服务',
      nameEn: 'Computing services',
    },
  }),
  source: 'peers',
  ruleId: null,
  reason: null,
};

function renderSection(
  who: MeDto | null,
  context: 'home' | 'service' = 'home',
) {
  return renderRoute(
    <RecommendationSection
      params={
        context === 'home' ? { context } : { context, serviceId: 's-audit' }
      }
    />,
    { path: '/', url: '/', me: who },
  );
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('RecommendationSection', () => {
  it("shows a company its cards with the reasons, the rule's words or the source's", async () => {
    const fetchMock = mockFetch(() => ({ body: { items: [gaoqi, peers] } }));
    renderSection(me());
    expect(
      await screen.findByRole('heading', { level: 2, name: '为您推荐' }),
    ).toBeInTheDocument();
    const list = await screen.findByRole('list', { name: '为您推荐' });
    expect(within(list).getAllByRole('listitem')).toHaveLength(2);
    expect(
      within(list).getByRole('link', { name: '高新技术企业认定辅导' }),
    ).toHaveAttribute('href', '/services/s-gaoqi');
    expect(
      within(list).getByText('贵司为科技型中小企业，可申报高新技术企业认定'),
    ).toBeInTheDocument();
    expect(
      within(list).getByText('与贵司同阶段的园区企业常选算力服务服务'),
    ).toBeInTheDocument();
    const url = new URL(
      fetchMock.mock.calls[0][0] as string,
      'http://localhost',
    );
    expect(url.pathname).toBe('/api/recommendations');
    expect(url.searchParams.get('context')).toBe('home');
  });

  it('dismisses a card through its labelled button, and asks again', async () => {
    let dismissed = false;
    const fetchMock = mockFetch((url, req) => {
      if (
        req.method === 'POST' &&
        url.pathname === '/api/recommendations/s-gaoqi/dismiss'
      ) {
        dismissed = true;
        return { status: 204 };
      }
      return { body: { items: dismissed ? [peers] : [gaoqi, peers] } };
    });
    renderSection(me());
    const button = await screen.findByRole('button', {
      name: '不再推荐「高新技术企业认定辅导」',
    });
    await userEvent.click(button);
    await waitFor(() =>
      expect(
        screen.queryByRole('link', { name: '高新技术企业认定辅导' }),
      ).not.toBeInTheDocument(),
    );
    expect(
      screen.getByRole('link', { name: '云主机与云函数开通' }),
    ).toBeInTheDocument();
    expect(
      fetchMock.mock.calls.some(
        ([, init]) => (init as RequestInit | undefined)?.method === 'POST',
      ),
    ).toBe(true);
    expect(
      await screen.findByText('已不再推荐「高新技术企业认定辅导」'),
    ).toBeInTheDocument();
  });

  it('says so when there is nothing to recommend', async () => {
    mockFetch(() => ({ body: { items: [] } }));
    renderSection(me(), 'service');
    expect(
      await screen.findByRole('heading', { level: 2, name: '相关推荐' }),
    ).toBeInTheDocument();
    expect(
      await screen.findByText('暂时没有为您推荐的服务'),
    ).toBeInTheDocument();
  });

  it('shows anonymous visitors and the operator nothing, and asks nothing', async () => {
    const fetchMock = mockFetch(() => ({ body: { items: [gaoqi] } }));
    const anonymous = renderSection(null);
    await new Promise((r) => setTimeout(r, 20));
    expect(
      screen.queryByRole('heading', { name: '为您推荐' }),
    ).not.toBeInTheDocument();
    anonymous.unmount();
    renderSection(operatorMe());
    await new Promise((r) => setTimeout(r, 20));
    expect(
      screen.queryByRole('heading', { name: '为您推荐' }),
    ).not.toBeInTheDocument();
    expect(
      fetchMock.mock.calls.filter(([u]) =>
        String(u).includes('/recommendations'),
      ),
    ).toHaveLength(0);
  });
});
