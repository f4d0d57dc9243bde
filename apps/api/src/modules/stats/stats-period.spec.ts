import { resolvePeriod, todayCst } from './stats-period';

describe('resolvePeriod', () => {
  it('defaults to the last 30 days up to today in China Standard Time', () => {
    // 2026-11-22 17:00 UTC is already 2026-11-23 in Zhengzhou.
    const now = new Date('2026-11-22T17:00:00Z');
    expect(todayCst(now)).toBe('2026-11-23');
    const p = resolvePeriod({}, now);
    expect(p).toMatchObject({ from: '2026-10-25', to: '2026-11-23' });
    expect(p.start.toISOString()).toBe('2026-10-24T16:00:00.000Z');
    expect(p.end.toISOString()).toBe('2026-11-23T16:00:00.000Z');
  });

  it('includes both end days', () => {
    const p = resolvePeriod({ from: '2026-11-01', to: '2026-11-01' });
    expect(p.end.getTime() - p.start.getTime()).toBe(86_400_000);
  });
});
