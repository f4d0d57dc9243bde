import {
  STATS_GRANULARITIES,
  STATS_MAX_DAYS,
  type StatsGranularity,
} from '@qifu/contracts';
import { parseOneOf } from '../../lib/search-params';

// The statistics period lives in the address (?from=&to=&granularity=), so a reload or a shared
// link shows the same figures. Days are the park's calendar days (China Standard Time), as the
// API counts them.

const DAY_MS = 86_400_000;
const CST_MS = 8 * 3600_000;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

export const STATS_PRESETS = ['last7', 'last30', 'last90', 'thisYear'] as const;
export type StatsPreset = (typeof STATS_PRESETS)[number];

export interface StatsPeriod {
  from: string;
  to: string;
  granularity: StatsGranularity;
}

/** Today's date in China Standard Time (UTC+8, no daylight saving). */
export function todayCst(now = new Date()): string {
  return new Date(now.getTime() + CST_MS).toISOString().slice(0, 10);
}

function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS)
    .toISOString()
    .slice(0, 10);
}

function isRealDate(value: string | null): value is string {
  return (
    value !== null &&
    ISO_DATE.test(value) &&
    new Date(`${value}T00:00:00Z`).toISOString().startsWith(value)
  );
}

export function presetPeriod(
  preset: StatsPreset,
  now = new Date(),
): { from: string; to: string } {
  const to = todayCst(now);
  switch (preset) {
    case 'last7':
      return { from: addDays(to, -6), to };
    case 'last30':
      return { from: addDays(to, -29), to };
    case 'last90':
      return { from: addDays(to, -89), to };
    case 'thisYear':
      return { from: `${to.slice(0, 4)}-01-01`, to };
  }
}

/** Reads the period from the address; anything missing or invalid falls back to the last 30 days. */
export function parseStatsPeriod(
  params: URLSearchParams,
  now = new Date(),
): StatsPeriod {
  const granularity =
    parseOneOf(STATS_GRANULARITIES, params.get('granularity')) ?? 'day';
  const from = params.get('from');
  const to = params.get('to');
  if (isRealDate(from) && isRealDate(to) && from <= to) {
    const days = (Date.parse(to) - Date.parse(from)) / DAY_MS;
    if (days <= STATS_MAX_DAYS) return { from, to, granularity };
  }
  return { ...presetPeriod('last30', now), granularity };
}

/** The address of a period: the default (last 30 days, by day) is left out. */
export function statsPeriodSearch(
  period: StatsPeriod,
  now = new Date(),
): URLSearchParams {
  const search = new URLSearchParams();
  const fallback = presetPeriod('last30', now);
  if (period.from !== fallback.from || period.to !== fallback.to) {
    search.set('from', period.from);
    search.set('to', period.to);
  }
  if (period.granularity !== 'day')
    search.set('granularity', period.granularity);
  return search;
}

/** Which preset a period matches, if any (the picker highlights it). */
export function matchingPreset(
  period: { from: string; to: string },
  now = new Date(),
): StatsPreset | null {
  return (
    STATS_PRESETS.find((preset) => {
      const p = presetPeriod(preset, now);
      return p.from === period.from && p.to === period.to;
    }) ?? null
  );
}
