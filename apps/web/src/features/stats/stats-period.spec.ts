import {
  matchingPreset,
  parseStatsPeriod,
  presetPeriod,
  statsPeriodSearch,
  todayCst,
} from './stats-period';

// 2026-11-22 01:30 in Zhengzhou is still 2026-11-21 in UTC.
const now = new Date('2026-11-21T17:30:00Z');

describe('stats period', () => {
  it('counts days in China Standard Time', () => {
    expect(todayCst(now)).toBe('2026-11-22');
  });

  it('computes the presets, both ends included', () => {
    expect(presetPeriod('last7', now)).toEqual({
      from: '2026-11-16',
      to: '2026-11-22',
    });
    expect(presetPeriod('last30', now)).toEqual({
      from: '2026-10-24',
      to: '2026-11-22',
    });
    expect(presetPeriod('last90', now)).toEqual({
      from: '2026-08-25',
      to: '2026-11-22',
    });
    expect(presetPeriod('thisYear', now)).toEqual({
      from: '2026-01-01',
      to: '2026-11-22',
    });
  });

  it('reads the period from the address and falls back to the last 30 days', () => {
    expect(
      parseStatsPeriod(
        new URLSearchParams('from=2026-01-01&to=2026-03-31&granularity=month'),
        now,
      ),
    ).toEqual({ from: '2026-01-01', to: '2026-03-31', granularity: 'month' });
    for (const bad of [
      'from=2026-02-30&to=2026-03-01',
      'from=2026-03-02&to=2026-03-01',
      'from=x',
      'granularity=year',
    ]) {
      expect(parseStatsPeriod(new URLSearchParams(bad), now)).toEqual({
        from: '2026-10-24',
        to: '2026-11-22',
        granularity: 'day',
      });
    }
  });

  it('leaves the default out of the address', () => {
    expect(
      statsPeriodSearch(
        { from: '2026-10-24', to: '2026-11-22', granularity: 'day' },
        now,
      ).toString(),
    ).toBe('');
    expect(
      statsPeriodSearch(
        { from: '2026-11-16', to: '2026-11-22', granularity: 'week' },
        now,
      ).toString(),
    ).toBe('from=2026-11-16&to=2026-11-22&granularity=week');
    expect(matchingPreset({ from: '2026-11-16', to: '2026-11-22' }, now)).toBe(
      'last7',
    );
    expect(
      matchingPreset({ from: '2026-11-15', to: '2026-11-22' }, now),
    ).toBeNull();
  });
});
