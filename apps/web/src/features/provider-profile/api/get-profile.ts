import { queryOptions, useQuery } from '@tanstack/react-query';
import type { ProviderProfileDto } from '@qifu/contracts';
import { apiGet } from '../../../lib/api-client';

export function getProfile(signal?: AbortSignal) {
  return apiGet<ProviderProfileDto>('/provider/profile', undefined, { signal });
}

export const profileQueryKey = () => ['provider-profile'] as const;

export function getProfileQueryOptions() {
  return queryOptions({
    queryKey: profileQueryKey(),
    queryFn: ({ signal }) => getProfile(signal),
  });
}

export function useProfile() {
  return useQuery(getProfileQueryOptions());
}
