import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { InvitationDto, InviteMemberRequest } from '@qifu/contracts';
import { apiSend } from '../../../lib/api-client';
import { invitationsQueryKey } from './get-invitations';

export function createInvitation(body: InviteMemberRequest) {
  return apiSend<InvitationDto>('POST', '/organisation/invitations', body);
}

export function useCreateInvitation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createInvitation,
    onSuccess: () =>
      queryClient.invalidateQueries({ queryKey: invitationsQueryKey() }),
  });
}
