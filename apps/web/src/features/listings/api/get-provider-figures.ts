import { queryOptions, useQuery } from '@tanstack/react-query';
import type { ProviderFiguresDto } from '@qifu/contracts';
import { apiGet } from '../../../lib/api-client';

export function getProviderFigures(signal?: AbortSignal) {
  return apiGet<ProviderFiguresDto>('/provider/figures', undefined, { signal });
}

export const providerFiguresQueryKey = () =>
  ['provider-listings', 'figures'] as const;

export function getProviderFiguresQueryOptions() {
  return queryOptions({
    queryKey: providerFiguresQueryKey(),
    queryFn: ({ signal }) => getProviderFigures(signal),
  });
}

export function useProviderFigures() {
  return useQuery(getProviderFiguresQueryOptions());
}
