import { formatBudget } from './intent-budget';

describe('formatBudget', () => {
  it('counts Chinese amounts in 万 and keeps English digits grouped', () => {
    const budget = { negotiable: false, min: 10_000, max: 30_000 };
    expect(formatBudget(budget, 'zh-CN', '面议')).toBe('¥1万–¥3万');
    expect(formatBudget(budget, 'en-US', 'Negotiable')).toBe('¥10,000–¥30,000');
  });

  it('shows one amount when both ends are equal, and 面议 for a negotiable budget', () => {
    expect(
      formatBudget(
        { negotiable: false, min: 8000, max: 8000 },
        'zh-CN',
        '面议',
      ),
    ).toBe('¥8,000');
    expect(
      formatBudget({ negotiable: true, min: null, max: null }, 'zh-CN', '面议'),
    ).toBe('面议');
  });
});
