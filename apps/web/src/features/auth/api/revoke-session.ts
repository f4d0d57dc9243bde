import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiSend } from '../../../lib/api-client';
import { sessionsQueryKey } from './get-sessions';

export function revokeSession(id: string) {
  return apiSend('DELETE', `/auth/sessions/${encodeURIComponent(id)}`);
}

export function revokeOtherSessions() {
  return apiSend<{ revoked: number }>('POST', '/auth/sessions/revoke-others');
}

export function useRevokeSession() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: revokeSession,
    onSettled: () =>
      queryClient.invalidateQueries({ queryKey: sessionsQueryKey() }),
  });
}

export function useRevokeOtherSessions() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: revokeOtherSessions,
    onSettled: () =>
      queryClient.invalidateQueries({ queryKey: sessionsQueryKey() }),
  });
}
