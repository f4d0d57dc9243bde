import { afterEach, vi } from 'vitest';
import { screen } from '@testing-library/react';
import type { MeDto } from '@qifu/contracts';
import { mockFetch } from '../../../testing/mock-fetch';
import { me, operatorMe, serviceSummary } from '../../../testing/fixtures';
import { renderRoute } from '../../../testing/render';
import { RecommendationSlot } from './recommendation-slot';

function renderSlot(who: MeDto | null) {
  return renderRoute(
    <>
      <h1>首页</h1>
      <RecommendationSlot params={{ context: 'home' }} />
    </>,
    { path: '/', url: '/', me: who },
  );
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('RecommendationSlot', () => {
  it('loads the section for a signed-in company and shows its cards', async () => {
    mockFetch(() => ({
      body: {
        items: [
          {
            key: 's-gaoqi',
            service: serviceSummary({
              id: 's-gaoqi',
              title: '高新技术企业认定辅导',
            }),
            source: 'peers',
            ruleId: null,
            reason: null,
          },
        ],
      },
    }));
    renderSlot(me());
    expect(
      await screen.findByRole('link', { name: '高新技术企业认定辅导' }),
    ).toBeInTheDocument();
  });

  it.each([
    ['an anonymous visitor', null],
    ['an operator', operatorMe()],
  ])('renders nothing and asks nothing for %s', async (_who, who) => {
    const fetchMock = mockFetch(() => ({ body: { items: [] } }));
    renderSlot(who);
    expect(
      await screen.findByRole('heading', { name: '首页' }),
    ).toBeInTheDocument();
    expect(
      screen.queryByRole('heading', { name: '为您推荐' }),
    ).not.toBeInTheDocument();
    expect(
      fetchMock.mock.calls.filter(([url]) =>
        String(url).includes('/recommendations'),
      ),
    ).toHaveLength(0);
  });
});
