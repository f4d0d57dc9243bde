import { queryOptions, useQuery } from '@tanstack/react-query';
import type { NotificationDto, Page } from '@qifu/contracts';
import { apiGet } from '../../../lib/api-client';
import { notificationsKey } from './get-unread-count';

export const RECENT_NOTIFICATIONS = 10;

export function getNotifications(page: number, signal?: AbortSignal) {
  return apiGet<Page<NotificationDto>>(
    '/notifications',
    { page, pageSize: RECENT_NOTIFICATIONS },
    { signal },
  );
}

export function getNotificationsQueryOptions(page = 1) {
  return queryOptions({
    queryKey: [...notificationsKey(), 'list', page] as const,
    queryFn: ({ signal }) => getNotifications(page, signal),
    staleTime: 0,
  });
}

export function useNotifications(page = 1) {
  return useQuery(getNotificationsQueryOptions(page));
}
