import {
  keepPreviousData,
  queryOptions,
  useQuery,
} from '@tanstack/react-query';
import type { StatsOverviewDto } from '@qifu/contracts';
import { apiGet } from '../../../lib/api-client';

export interface StatsRange {
  from: string;
  to: string;
}

export function getStatsOverview(range: StatsRange, signal?: AbortSignal) {
  return apiGet<StatsOverviewDto>('/stats/overview', { ...range }, { signal });
}

export function getStatsOverviewQueryOptions(range: StatsRange) {
  return queryOptions({
    queryKey: ['stats', 'overview', range] as const,
    queryFn: ({ signal }) => getStatsOverview(range, signal),
  });
}

export function useStatsOverview(range: StatsRange) {
  return useQuery({
    ...getStatsOverviewQueryOptions(range),
    placeholderData: keepPreviousData,
  });
}
