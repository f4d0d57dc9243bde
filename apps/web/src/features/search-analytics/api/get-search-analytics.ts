import {
  keepPreviousData,
  queryOptions,
  useQuery,
} from '@tanstack/react-query';
import type { SearchAnalyticsPage, SearchAnalyticsView } from '@qifu/contracts';
import { apiGet } from '../../../lib/api-client';

// What users searched in a week: most searched, or the searches that found nothing.

export const SEARCH_ANALYTICS_PAGE_SIZE = 20;

export interface SearchAnalyticsParams {
  /** Any day of the week, 2026-11-22; absent: this week. */
  week?: string;
  view: SearchAnalyticsView;
  page: number;
}

export function getSearchAnalytics(
  params: SearchAnalyticsParams,
  signal?: AbortSignal,
) {
  return apiGet<SearchAnalyticsPage>(
    '/operator/search-analytics',
    { ...params, pageSize: SEARCH_ANALYTICS_PAGE_SIZE },
    { signal },
  );
}

export function getSearchAnalyticsQueryOptions(params: SearchAnalyticsParams) {
  return queryOptions({
    queryKey: ['search-analytics', params] as const,
    queryFn: ({ signal }) => getSearchAnalytics(params, signal),
    staleTime: 0,
  });
}

export function useSearchAnalytics(params: SearchAnalyticsParams) {
  return useQuery({
    ...getSearchAnalyticsQueryOptions(params),
    placeholderData: keepPreviousData,
  });
}
