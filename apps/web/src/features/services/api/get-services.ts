import {
  keepPreviousData,
  queryOptions,
  useQuery,
} from '@tanstack/react-query';
import type {
  LifecycleStage,
  ServiceSearchPage,
  ServiceSort,
} from '@qifu/contracts';
import { apiGet } from '../../../lib/api-client';

export interface ServicesParams {
  q?: string;
  category?: string;
  stage?: LifecycleStage;
  provider?: string;
  sort?: ServiceSort;
  page?: number;
  pageSize?: number;
}

// Drop empty values so equal searches share one cache entry.
function compact(params: ServicesParams): ServicesParams {
  return Object.fromEntries(
    Object.entries(params).filter(
      ([, value]) => value !== undefined && value !== null && value !== '',
    ),
  ) as ServicesParams;
}

export function getServices(params: ServicesParams, signal?: AbortSignal) {
  // A search that found little may carry a correction ("您是不是要找 …").
  return apiGet<ServiceSearchPage>(
    '/services',
    { ...params },
    { signal },
  );
}

export const servicesQueryKey = (params: ServicesParams) =>
  ['services', 'list', compact(params)] as const;

export function getServicesQueryOptions(params: ServicesParams) {
  const cleaned = compact(params);
  return queryOptions({
    queryKey: servicesQueryKey(cleaned),
    queryFn: ({ signal }) => getServices(cleaned, signal),
  });
}

export function useServices(
  params: ServicesParams,
  options: { keepPrevious?: boolean } = {},
) {
  return useQuery({
    ...getServicesQueryOptions(params),
    placeholderData: options.keepPrevious ? keepPreviousData : undefined,
  });
}
