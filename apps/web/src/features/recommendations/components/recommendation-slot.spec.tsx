import { afterEach, vi } from 'vitest';
import { screen } from '@testing-library/react';
import type { MeDto } from '@qifu/contracts';
import { mockFetch } from '../../../testing/mock-fetch';
import { me, operatorMe, serviceSummary } from '../../../testing/fixtures';
import { renderRoute } from '../../../testing/render';
import { RecommendationSection } from './recommendation-section';
import { RecommendationSlot } from './recommendation-slot';

// The real section, watched: the slot must not load or render it for anyone but a company (the
// section hides itself for others too, so its absence on the page alone would prove nothing).
vi.mock('./recommendation-section', async (importOriginal) => {
  const real =
    await importOriginal<typeof import('./recommendation-section')>();
  return { ...real, RecommendationSection: vi.fn(real.RecommendationSection) };
});

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
  vi.mocked(RecommendationSection).mockClear();
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
    expect(RecommendationSection).toHaveBeenCalled();
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
    expect(RecommendationSection).not.toHaveBeenCalled();
  });
});
