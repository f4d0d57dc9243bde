import { z } from 'zod';
import type { ProblemStage } from './problem.workflow';

// The operator's service-desk dashboard (GET /api/operator/problems/dashboard). A period is a range
// of calendar days in China Standard Time, both ends included, and selects problems by the day they
// were registered. Without dates: the last 12 months up to today.

export const PROBLEM_DASHBOARD_MAX_DAYS = 3660;

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { message: 'must be a date like 2026-11-22' }).refine(
  (s) => !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s),
  { message: 'is not a real date' },
);

export const problemDashboardQuerySchema = z
  .object({ from: isoDate.optional(), to: isoDate.optional() })
  .strict()
  .superRefine((v, ctx) => {
    if (v.from && v.to) {
      const days = (Date.parse(v.to) - Date.parse(v.from)) / 86400000;
      if (days < 0) ctx.addIssue({ code: 'custom', path: ['to'], message: 'must not be before from' });
      if (days > PROBLEM_DASHBOARD_MAX_DAYS) ctx.addIssue({ code: 'custom', path: ['from'], message: `a period covers at most ${PROBLEM_DASHBOARD_MAX_DAYS} days` });
    }
  });
export type ProblemDashboardQuery = z.infer<typeof problemDashboardQuerySchema>;

/**
 * The definitions, one place for the API, the page and the README:
 * - collected (收集): problems registered in the period.
 * - solved (解决): of those, the ones whose status now is 已办结 (solved, awaiting the company) or
 *   已确认解决 (confirmed). A reopened problem is not solved until it is solved again.
 * - 问题解决率 = solved ÷ collected; null when nothing was collected.
 * - rated (已评价): of the collected, the confirmed ones the company rated. A problem the operator
 *   closed after the company left it unanswered for 7 working days is confirmed (and solved) but
 *   not rated (closedWithoutAnswer), so 满意率 leaves it out.
 * - 满意率 = (满意 + 基本满意) ÷ rated; null when nothing was rated.
 * - overdue now (by 13710 stage): every open stage past its deadline now, whatever the period.
 * - solved through the marketplace: of the solved, those linked to a cooperation intent ÷ solved.
 * - trend: per month (the 12 months ending with the period's last month), collected that month
 *   and, of those, solved now.
 */
export interface ProblemDashboardCounts {
  collected: number;
  solved: number;
  confirmed: number;
  rated: number;
  satisfied: number;
  basicallySatisfied: number;
  dissatisfied: number;
  /** Confirmed by the operator without the company's answer (no rating). */
  closedWithoutAnswer: number;
}

export interface ProblemDashboardDto {
  period: { from: string; to: string };
  totals: ProblemDashboardCounts & {
    /** 0..1, null when nothing collected. */
    solveRate: number | null;
    /** 0..1, null when nothing rated. */
    satisfactionRate: number | null;
    /** Solved problems linked to an intent (turned into a marketplace request). */
    solvedViaMarketplace: number;
    marketplaceShare: number | null;
  };
  overdueNow: Record<ProblemStage, number>;
  byCategory: { code: string; name: string; collected: number; solved: number }[];
  byAssignee: { userId: string | null; name: string | null; collected: number; solved: number; open: number }[];
  trend: { month: string; collected: number; solved: number }[];
}
