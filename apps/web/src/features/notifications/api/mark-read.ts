import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiSend } from '../../../lib/api-client';
import { notificationsKey } from './get-unread-count';

export function markNotificationRead(id: string) {
  return apiSend('POST', `/notifications/${encodeURIComponent(id)}/read`);
}

export function markAllNotificationsRead() {
  return apiSend<{ marked: number }>('POST', '/notifications/read-all');
}

function useNotificationsMutation<T>(
  mutationFn: (input: T) => Promise<unknown>,
) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn,
    onSettled: () =>
      queryClient.invalidateQueries({ queryKey: notificationsKey() }),
  });
}

export function useMarkNotificationRead() {
  return useNotificationsMutation(markNotificationRead);
}

export function useMarkAllNotificationsRead() {
  return useNotificationsMutation(() => markAllNotificationsRead());
}
