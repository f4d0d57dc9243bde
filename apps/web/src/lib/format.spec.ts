import type { Price } from '@qifu/contracts';
import {
  formatAmount,
  formatBytes,
  formatDate,
  formatDateMinute,
  formatDateTime,
  formatHours,
  formatMoney,
  formatNumber,
  formatPercent,
  formatPrice,
  formatPriceUnit,
  formatRating,
  type PriceLabels,
} from './format';

const price = (overrides: Partial<Price>): Price => ({
  model: 'fixed',
  min: null,
  max: null,
  unit: null,
  ...overrides,
});

describe('formatMoney', () => {
  it('groups thousands below 万', () => {
    expect(formatMoney(800)).toBe('¥800');
    expect(formatMoney(8000)).toBe('¥8,000');
    expect(formatMoney(9999)).toBe('¥9,999');
  });

  it('counts in 万 from 10,000 and in 亿 from 100,000,000', () => {
    expect(formatMoney(10000)).toBe('¥1万');
    expect(formatMoney(15000)).toBe('¥1.5万');
    expect(formatMoney(12345)).toBe('¥1.23万');
    expect(formatMoney(300000)).toBe('¥30万');
    expect(formatMoney(250_000_000)).toBe('¥2.5亿');
  });

  it('keeps cents and signs', () => {
    expect(formatMoney(99.5)).toBe('¥99.5');
    expect(formatMoney(-15000)).toBe('-¥1.5万');
  });

  it('uses plain grouped digits in English', () => {
    expect(formatMoney(15000, 'en-US')).toBe('¥15,000');
  });
});

describe('formatPriceUnit', () => {
  it('drops the 元 the ¥ already says', () => {
    expect(formatPriceUnit('元/月')).toBe('/月');
    expect(formatPriceUnit('元/人/月')).toBe('/人/月');
    expect(formatPriceUnit('元')).toBe('');
    expect(formatPriceUnit(null)).toBe('');
  });

  it('translates the parts it is given a translation for', () => {
    const en: Record<string, string> = { 月: 'month', 人: 'person' };
    expect(formatPriceUnit('元/人/月', (s) => en[s] ?? s)).toBe(
      '/person/month',
    );
    expect(formatPriceUnit('件', (s) => en[s] ?? s)).toBe('/件');
  });
});

describe('formatPrice', () => {
  it('formats a fixed price with its unit', () => {
    expect(formatPrice(price({ model: 'fixed', min: 8000 }))).toBe('¥8,000');
    expect(
      formatPrice(price({ model: 'fixed', min: 500, unit: '元/月' })),
    ).toBe('¥500/月');
    expect(
      formatPrice(price({ model: 'fixed', min: 15000, unit: '元/件' })),
    ).toBe('¥1.5万/件');
  });

  it('formats a range with an en dash and one unit', () => {
    expect(
      formatPrice(
        price({ model: 'range', min: 3000, max: 5000, unit: '元/月' }),
      ),
    ).toBe('¥3,000–¥5,000/月');
    expect(formatPrice(price({ model: 'range', min: 8000, max: 30000 }))).toBe(
      '¥8,000–¥3万',
    );
  });

  it('shows an open-ended or capped range in words', () => {
    expect(
      formatPrice(price({ model: 'range', min: 3000, unit: '元/月' })),
    ).toBe('¥3,000/月起');
    expect(formatPrice(price({ model: 'range', max: 5000 }))).toBe(
      '最高¥5,000',
    );
    expect(formatPrice(price({ model: 'range', min: 2000, max: 2000 }))).toBe(
      '¥2,000',
    );
  });

  it('says 面议 for negotiable or missing amounts', () => {
    expect(formatPrice(price({ model: 'negotiable' }))).toBe('面议');
    expect(formatPrice(price({ model: 'negotiable', min: 1000 }))).toBe('面议');
    expect(formatPrice(price({ model: 'fixed' }))).toBe('面议');
  });

  it('takes labels and units from the caller for English', () => {
    const labels: PriceLabels = {
      negotiable: 'Negotiable',
      from: (p) => `From ${p}`,
      upTo: (p) => `Up to ${p}`,
    };
    const options = {
      locale: 'en-US' as const,
      labels,
      translateUnit: () => 'month',
    };
    expect(
      formatPrice(price({ model: 'range', min: 3000, unit: '元/月' }), options),
    ).toBe('From ¥3,000/month');
    expect(formatPrice(price({ model: 'negotiable' }), options)).toBe(
      'Negotiable',
    );
  });
});

describe('formatDate', () => {
  it('writes dates as YYYY-MM-DD', () => {
    expect(formatDate('2021-01-29')).toBe('2021-01-29');
    expect(formatDate('2021-01-29T04:00:00.000Z')).toBe('2021-01-29');
    expect(formatDate(new Date(2024, 6, 1))).toBe('2024-07-01');
  });

  it('reads a bare date as that calendar day, in any time zone', () => {
    expect(formatDate('2024-02-29')).toBe('2024-02-29');
    expect(formatDate('2024-12-31')).toBe('2024-12-31');
  });

  it('returns an empty string for missing or invalid dates', () => {
    expect(formatDate(null)).toBe('');
    expect(formatDate('not a date')).toBe('');
  });
});

describe('numbers and ratings', () => {
  it('groups large counts', () => {
    expect(formatNumber(15400)).toBe('15,400');
  });

  it('shows one decimal for ratings', () => {
    expect(formatRating(4.75)).toBe('4.8');
    expect(formatRating(5)).toBe('5.0');
    expect(formatRating(null)).toBe('');
  });
});

describe('formatDateMinute', () => {
  it('writes local times as YYYY-MM-DD HH:mm', () => {
    expect(formatDateMinute(new Date(2026, 0, 5, 7, 3, 59))).toBe(
      '2026-01-05 07:03',
    );
    expect(formatDateMinute(undefined)).toBe('');
  });
});

describe('formatDateTime', () => {
  it('writes local times as YYYY-MM-DD HH:mm:ss', () => {
    expect(formatDateTime(new Date(2026, 10, 22, 9, 5, 7))).toBe(
      '2026-11-22 09:05:07',
    );
    expect(formatDateTime(null)).toBe('');
    expect(formatDateTime('nonsense')).toBe('');
  });
});

describe('report figures', () => {
  it('writes contract sums in 万元 and 亿元 with one decimal', () => {
    expect(formatAmount(8000)).toBe('¥8,000');
    expect(formatAmount(3_568_000)).toBe('¥356.8万元');
    expect(formatAmount(12_345_678)).toBe('¥1,234.6万元');
    expect(formatAmount(120_000_000)).toBe('¥1.2亿元');
    expect(formatAmount(0)).toBe('¥0');
    expect(formatAmount(3_568_000, 'en-US')).toBe('¥3,568,000');
  });

  it('writes hours with one decimal and a unit', () => {
    expect(formatHours(5.23)).toBe('5.2 小时');
    expect(formatHours(48)).toBe('48.0 小时');
    expect(formatHours(5.25, 'en-US')).toBe('5.3 h');
    expect(formatHours(null)).toBe('');
  });

  it('writes ratios as percentages', () => {
    expect(formatPercent(0.3251)).toBe('32.5%');
    expect(formatPercent(1)).toBe('100.0%');
    expect(formatPercent(null)).toBe('');
  });

  it('writes sizes of downloads', () => {
    expect(formatBytes(856)).toBe('856 B');
    expect(formatBytes(12_800)).toBe('12.5 KB');
    expect(formatBytes(3_355_443)).toBe('3.2 MB');
  });
});
