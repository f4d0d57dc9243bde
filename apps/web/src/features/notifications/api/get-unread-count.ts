import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiGet } from '../../../lib/api-client';

export const notificationsKey = () => ['notifications'] as const;
export const unreadCountKey = () => [...notificationsKey(), 'unread'] as const;

export function getUnreadCount(signal?: AbortSignal) {
  return apiGet<{ unread: number }>('/notifications/unread-count', undefined, {
    signal,
  });
}

export const UNREAD_POLL_MS = 60_000;

export function getUnreadCountQueryOptions() {
  return queryOptions({
    queryKey: unreadCountKey(),
    queryFn: ({ signal }) => getUnreadCount(signal),
    select: (answer) => answer.unread,
    staleTime: 0,
    refetchInterval: UNREAD_POLL_MS,
    refetchOnWindowFocus: true,
  });
}

export function useUnreadCount() {
  return useQuery(getUnreadCountQueryOptions());
}
