import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { ProblemDashboardDto } from '@qifu/contracts';
import { apiGet, buildApiUrl } from '../../../lib/api-client';

export interface ProblemDashboardRange {
  from: string;
  to: string;
}

export function getProblemDashboard(
  range: ProblemDashboardRange,
  signal?: AbortSignal,
) {
  return apiGet<ProblemDashboardDto>(
    '/operator/problems/dashboard',
    { ...range },
    { signal },
  );
}

export const problemDashboardKey = (range: ProblemDashboardRange) =>
  ['problems', 'dashboard', range] as const;

export function useProblemDashboard(range: ProblemDashboardRange) {
  return useQuery({
    queryKey: problemDashboardKey(range),
    queryFn: ({ signal }) => getProblemDashboard(range, signal),
    placeholderData: keepPreviousData,
  });
}

/** The period's problems as CSV: a plain link, the session cookie goes with it. */
export const problemExportHref = (range: ProblemDashboardRange) =>
  buildApiUrl('/operator/problems/dashboard/export.csv', { ...range });
