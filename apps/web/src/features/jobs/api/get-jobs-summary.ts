import { queryOptions, useQuery } from '@tanstack/react-query';
import type { JobsSummaryDto } from '@qifu/contracts';
import { apiGet } from '../../../lib/api-client';

// Per queue: queued, running, failed, dead-lettered. Refreshed while the page is open: jobs move
// on their own.

export const SUMMARY_REFRESH_MS = 10_000;

export function getJobsSummary(signal?: AbortSignal) {
  return apiGet<JobsSummaryDto>('/operator/jobs/summary', {}, { signal });
}

export const jobsSummaryQueryKey = () => ['jobs', 'summary'] as const;

export function getJobsSummaryQueryOptions() {
  return queryOptions({
    queryKey: jobsSummaryQueryKey(),
    queryFn: ({ signal }) => getJobsSummary(signal),
    staleTime: 0,
    refetchInterval: SUMMARY_REFRESH_MS,
  });
}

export function useJobsSummary() {
  return useQuery(getJobsSummaryQueryOptions());
}
