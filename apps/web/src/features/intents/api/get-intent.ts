import { queryOptions, useQuery } from '@tanstack/react-query';
import type { IntentDetailDto } from '@qifu/contracts';
import { apiGet } from '../../../lib/api-client';

export function getIntent(id: string, signal?: AbortSignal) {
  return apiGet<IntentDetailDto>(
    `/intents/${encodeURIComponent(id)}`,
    undefined,
    { signal },
  );
}

export const intentQueryKey = (id: string) =>
  ['intents', 'detail', id] as const;

export function getIntentQueryOptions(id: string) {
  return queryOptions({
    queryKey: intentQueryKey(id),
    queryFn: ({ signal }) => getIntent(id, signal),
    staleTime: 0,
    refetchOnWindowFocus: true,
  });
}

export function useIntent(id: string) {
  return useQuery(getIntentQueryOptions(id));
}
