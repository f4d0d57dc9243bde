import {
  keepPreviousData,
  queryOptions,
  useQuery,
} from '@tanstack/react-query';
import type { Page, ProviderSummaryDto } from '@qifu/contracts';
import { apiGet } from '../../../lib/api-client';

export interface ProvidersParams {
  q?: string;
  category?: string;
  page?: number;
  pageSize?: number;
}

function compact(params: ProvidersParams): ProvidersParams {
  return Object.fromEntries(
    Object.entries(params).filter(
      ([, value]) => value !== undefined && value !== null && value !== '',
    ),
  ) as ProvidersParams;
}

export function getProviders(params: ProvidersParams, signal?: AbortSignal) {
  return apiGet<Page<ProviderSummaryDto>>(
    '/providers',
    { ...params },
    { signal },
  );
}

export const providersQueryKey = (params: ProvidersParams) =>
  ['providers', 'list', compact(params)] as const;

export function getProvidersQueryOptions(params: ProvidersParams) {
  const cleaned = compact(params);
  return queryOptions({
    queryKey: providersQueryKey(cleaned),
    queryFn: ({ signal }) => getProviders(cleaned, signal),
  });
}

export function useProviders(
  params: ProvidersParams,
  options: { keepPrevious?: boolean } = {},
) {
  return useQuery({
    ...getProvidersQueryOptions(params),
    placeholderData: options.keepPrevious ? keepPreviousData : undefined,
  });
}
