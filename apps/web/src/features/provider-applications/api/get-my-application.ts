import { queryOptions, useQuery } from '@tanstack/react-query';
import type { ProviderApplicationDto } from '@qifu/contracts';
import { apiGet } from '../../../lib/api-client';

export function getMyApplication(signal?: AbortSignal) {
  return apiGet<ProviderApplicationDto>('/provider-application', undefined, {
    signal,
  });
}

export const myApplicationQueryKey = () =>
  ['provider-applications', 'mine'] as const;

export function getMyApplicationQueryOptions() {
  return queryOptions({
    queryKey: myApplicationQueryKey(),
    queryFn: ({ signal }) => getMyApplication(signal),
    // A decision can land any time; coming back to the tab shows it.
    staleTime: 0,
    refetchOnWindowFocus: true,
  });
}

export function useMyApplication() {
  return useQuery(getMyApplicationQueryOptions());
}
