import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { LoginRequest, MeDto } from '@qifu/contracts';
import { apiSend } from '../../../lib/api-client';
import { setSignedIn } from '../../../lib/auth';

export function login(body: LoginRequest) {
  return apiSend<MeDto>('POST', '/auth/login', body);
}

export function useLogin() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: login,
    onSuccess: (me) => setSignedIn(queryClient, me),
  });
}
