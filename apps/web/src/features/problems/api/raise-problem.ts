import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { CreateProblemRequest, ProblemDetailDto } from '@qifu/contracts';
import { apiSend } from '../../../lib/api-client';
import { problemsListKey } from './get-problems';

export function raiseProblem(body: CreateProblemRequest) {
  return apiSend<ProblemDetailDto>('POST', '/problems', body);
}

export function useRaiseProblem() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: raiseProblem,
    onSettled: () =>
      queryClient.invalidateQueries({ queryKey: problemsListKey() }),
  });
}
