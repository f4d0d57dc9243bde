import { queryOptions, useQuery } from '@tanstack/react-query';
import type { SessionDto } from '@qifu/contracts';
import { apiGet } from '../../../lib/api-client';

export function getSessions(signal?: AbortSignal) {
  return apiGet<SessionDto[]>('/auth/sessions', undefined, { signal });
}

export const sessionsQueryKey = () => ['auth', 'sessions'] as const;

export function getSessionsQueryOptions() {
  return queryOptions({
    queryKey: sessionsQueryKey(),
    queryFn: ({ signal }) => getSessions(signal),
    staleTime: 0,
  });
}

export function useSessions() {
  return useQuery(getSessionsQueryOptions());
}
