import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { ChangePasswordRequest, MeDto } from '@qifu/contracts';
import { apiSend } from '../../../lib/api-client';
import { setSignedIn } from '../../../lib/auth';
import { sessionsQueryKey } from './get-sessions';

export function changePassword(body: ChangePasswordRequest) {
  return apiSend<MeDto>('POST', '/auth/password', body);
}

export function useChangePassword() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: changePassword,
    onSuccess: (me) => {
      // The API ended every session and started a new one here: new id, new CSRF token.
      setSignedIn(queryClient, me);
      void queryClient.invalidateQueries({ queryKey: sessionsQueryKey() });
    },
  });
}
