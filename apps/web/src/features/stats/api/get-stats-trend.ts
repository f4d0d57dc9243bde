import {
  keepPreviousData,
  queryOptions,
  useQuery,
} from '@tanstack/react-query';
import type { StatsGranularity, StatsTrendDto } from '@qifu/contracts';
import { apiGet } from '../../../lib/api-client';
import type { StatsRange } from './get-stats-overview';

export interface StatsTrendParams extends StatsRange {
  granularity: StatsGranularity;
}

export function getStatsTrend(params: StatsTrendParams, signal?: AbortSignal) {
  return apiGet<StatsTrendDto>('/stats/trend', { ...params }, { signal });
}

export function getStatsTrendQueryOptions(params: StatsTrendParams) {
  return queryOptions({
    queryKey: ['stats', 'trend', params] as const,
    queryFn: ({ signal }) => getStatsTrend(params, signal),
  });
}

export function useStatsTrend(params: StatsTrendParams) {
  return useQuery({
    ...getStatsTrendQueryOptions(params),
    placeholderData: keepPreviousData,
  });
}
