import {
  keepPreviousData,
  queryOptions,
  useQuery,
} from '@tanstack/react-query';
import type { StatsBreakdownDto, StatsDimension } from '@qifu/contracts';
import { apiGet } from '../../../lib/api-client';
import type { StatsRange } from './get-stats-overview';

export function getStatsBreakdown(
  dimension: StatsDimension,
  range: StatsRange,
  signal?: AbortSignal,
) {
  return apiGet<StatsBreakdownDto>(
    `/stats/breakdown/${dimension}`,
    { ...range },
    { signal },
  );
}

export function getStatsBreakdownQueryOptions(
  dimension: StatsDimension,
  range: StatsRange,
) {
  return queryOptions({
    queryKey: ['stats', 'breakdown', dimension, range] as const,
    queryFn: ({ signal }) => getStatsBreakdown(dimension, range, signal),
  });
}

export function useStatsBreakdown(
  dimension: StatsDimension,
  range: StatsRange,
) {
  return useQuery({
    ...getStatsBreakdownQueryOptions(dimension, range),
    placeholderData: keepPreviousData,
  });
}
