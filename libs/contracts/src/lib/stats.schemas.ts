import { z } from 'zod';

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { message: 'must be a date like 2026-11-22' }).refine(
  (s) => !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s),
  { message: 'is not a real date' },
);

export const STATS_GRANULARITIES = ['day', 'week', 'month'] as const;
export type StatsGranularity = (typeof STATS_GRANULARITIES)[number];
export const STATS_DIMENSIONS = ['category', 'provider', 'tier', 'stage'] as const;
export type StatsDimension = (typeof STATS_DIMENSIONS)[number];
/** Longest period one request may cover, in days. */
export const STATS_MAX_DAYS = 3660;

// A period is a range of calendar days in the park's time zone (China Standard Time), both ends
// included. Without dates: the last 30 days up to today.
export const statsQuerySchema = z
  .object({
    from: isoDate.optional(),
    to: isoDate.optional(),
    granularity: z.enum(STATS_GRANULARITIES).default('day'),
  })
  .strict()
  .superRefine((v, ctx) => {
    if (v.from && v.to) {
      const days = (Date.parse(v.to) - Date.parse(v.from)) / 86400000;
      if (days < 0) ctx.addIssue({ code: 'custom', path: ['to'], message: 'must not be before from' });
      if (days > STATS_MAX_DAYS) ctx.addIssue({ code: 'custom', path: ['from'], message: `a period covers at most ${STATS_MAX_DAYS} days` });
    }
  });
export type StatsQuery = z.infer<typeof statsQuerySchema>;
