import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { ProviderProfileDto, ProviderProfileInput } from '@qifu/contracts';
import { apiSend } from '../../../lib/api-client';
import { profileQueryKey } from './get-profile';

export function updateProfile(input: ProviderProfileInput) {
  return apiSend<ProviderProfileDto>('PUT', '/provider/profile', input);
}

export function useUpdateProfile() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateProfile,
    onSuccess: (profile) => {
      queryClient.setQueryData(profileQueryKey(), profile);
      // The storefront's provider pages and the provider card of every service detail.
      return Promise.all([
        queryClient.invalidateQueries({ queryKey: ['providers'] }),
        queryClient.invalidateQueries({ queryKey: ['services'] }),
      ]);
    },
  });
}
