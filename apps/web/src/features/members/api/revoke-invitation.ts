import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiSend } from '../../../lib/api-client';
import { invitationsQueryKey } from './get-invitations';

export function revokeInvitation(id: string) {
  return apiSend(
    'DELETE',
    `/organisation/invitations/${encodeURIComponent(id)}`,
  );
}

export function useRevokeInvitation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: revokeInvitation,
    onSettled: () =>
      queryClient.invalidateQueries({ queryKey: invitationsQueryKey() }),
  });
}
