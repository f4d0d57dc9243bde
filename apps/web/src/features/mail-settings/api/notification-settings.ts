import {
  queryOptions,
  useMutation,
  useQuery,
  useQueryClient,
} from '@tanstack/react-query';
import type {
  NotificationSettingsDto,
  NotificationSettingsRequest,
} from '@qifu/contracts';
import { apiGet, apiSend } from '../../../lib/api-client';

export function getNotificationSettings(signal?: AbortSignal) {
  return apiGet<NotificationSettingsDto>(
    '/account/notification-settings',
    undefined,
    { signal },
  );
}

export const notificationSettingsQueryKey = () =>
  ['account', 'notification-settings'] as const;

export function getNotificationSettingsQueryOptions() {
  return queryOptions({
    queryKey: notificationSettingsQueryKey(),
    queryFn: ({ signal }) => getNotificationSettings(signal),
  });
}

export function useNotificationSettings() {
  return useQuery(getNotificationSettingsQueryOptions());
}

export function updateNotificationSettings(body: NotificationSettingsRequest) {
  return apiSend<NotificationSettingsDto>(
    'PUT',
    '/account/notification-settings',
    body,
  );
}

export function useUpdateNotificationSettings() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateNotificationSettings,
    onSuccess: (saved) =>
      queryClient.setQueryData(notificationSettingsQueryKey(), saved),
  });
}
