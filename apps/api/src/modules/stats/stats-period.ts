import type { StatsQuery } from '@qifu/contracts';

const DAY_MS = 86_400_000;
const CST_MS = 8 * 3600_000;

export interface Period {
  from: string;
  to: string;
  /** First instant of `from` and first instant after `to`, China Standard Time. */
  start: Date;
  end: Date;
}

/** Today's date in China Standard Time (UTC+8, no daylight saving). */
export function todayCst(now = new Date()): string {
  return new Date(now.getTime() + CST_MS).toISOString().slice(0, 10);
}

export function resolvePeriod(q: Pick<StatsQuery, 'from' | 'to'>, now = new Date()): Period {
  const to = q.to ?? todayCst(now);
  const from = q.from ?? new Date(Date.parse(`${to}T00:00:00Z`) - 29 * DAY_MS).toISOString().slice(0, 10);
  return { from, to, start: new Date(`${from}T00:00:00+08:00`), end: new Date(Date.parse(`${to}T00:00:00+08:00`) + DAY_MS) };
}
