import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { MeDto, RegisterRequest } from '@qifu/contracts';
import { apiSend } from '../../../lib/api-client';
import { setSignedIn } from '../../../lib/auth';

export function register(body: RegisterRequest) {
  return apiSend<MeDto>('POST', '/auth/register', body);
}

export function useRegister() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: register,
    onSuccess: (me) => setSignedIn(queryClient, me),
  });
}
