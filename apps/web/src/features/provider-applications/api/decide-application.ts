import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { ProviderApplicationDto } from '@qifu/contracts';
import { apiSend } from '../../../lib/api-client';
import { applicationsQueryKey } from './get-applications';

export type Decision =
  | { id: string; approve: true; note: string }
  | { id: string; approve: false; reason: string };

export function decideApplication(decision: Decision) {
  const path = `/provider-applications/${encodeURIComponent(decision.id)}`;
  return decision.approve
    ? apiSend<ProviderApplicationDto>('POST', `${path}/approve`, {
        note: decision.note,
      })
    : apiSend<ProviderApplicationDto>('POST', `${path}/reject`, {
        reason: decision.reason,
      });
}

export function useDecideApplication() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: decideApplication,
    // Also after APPLICATION_ALREADY_DECIDED: the list should show the decision that won.
    onSettled: () =>
      queryClient.invalidateQueries({ queryKey: applicationsQueryKey() }),
    // An approved provider joins the public catalogue (the providers feature's ['providers'] keys).
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['providers'] }),
  });
}
