import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { RetriedJobDto } from '@qifu/contracts';
import { apiSend } from '../../../lib/api-client';

export function retryJob(id: string) {
  return apiSend<RetriedJobDto>(
    'POST',
    `/operator/jobs/${encodeURIComponent(id)}/retry`,
  );
}

// A retried job leaves the failed list and moves in the counts.
export function useRetryJob() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: retryJob,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['jobs'] }),
  });
}
