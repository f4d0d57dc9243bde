import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { AcceptInvitationRequest, MeDto } from '@qifu/contracts';
import { apiSend } from '../../../lib/api-client';
import { setSignedIn } from '../../../lib/auth';

export function acceptInvitation(token: string, body: AcceptInvitationRequest) {
  return apiSend<MeDto>(
    'POST',
    `/invitations/${encodeURIComponent(token)}/accept`,
    body,
  );
}

export function useAcceptInvitation(token: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: AcceptInvitationRequest) =>
      acceptInvitation(token, body),
    onSuccess: (me) => setSignedIn(queryClient, me),
  });
}
