import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiSend } from '../../../lib/api-client';
import { membersQueryKey } from './get-members';

export function removeMember(id: string) {
  return apiSend('DELETE', `/organisation/members/${encodeURIComponent(id)}`);
}

export function useRemoveMember() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: removeMember,
    onSettled: () =>
      queryClient.invalidateQueries({ queryKey: membersQueryKey() }),
  });
}
