import { queryOptions, useQuery } from '@tanstack/react-query';
import type { ProviderDetailDto } from '@qifu/contracts';
import { apiGet } from '../../../lib/api-client';

export function getProvider(id: string, signal?: AbortSignal) {
  return apiGet<ProviderDetailDto>(
    `/providers/${encodeURIComponent(id)}`,
    undefined,
    { signal },
  );
}

export const providerQueryKey = (id: string) =>
  ['providers', 'detail', id] as const;

export function getProviderQueryOptions(id: string) {
  return queryOptions({
    queryKey: providerQueryKey(id),
    queryFn: ({ signal }) => getProvider(id, signal),
  });
}

export function useProvider(id: string) {
  return useQuery(getProviderQueryOptions(id));
}
