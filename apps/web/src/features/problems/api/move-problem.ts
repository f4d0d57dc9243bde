import { useMutation, useQueryClient } from '@tanstack/react-query';
import type {
  ProblemDetailDto,
  TransitionProblemRequest,
} from '@qifu/contracts';
import { apiSend, isApiError } from '../../../lib/api-client';
import { problemQueryKey } from './get-problem';
import { problemsListKey } from './get-problems';

export interface MoveProblemInput extends TransitionProblemRequest {
  id: string;
}

export function moveProblem({ id, ...body }: MoveProblemInput) {
  return apiSend<ProblemDetailDto>(
    'POST',
    `/problems/${encodeURIComponent(id)}/transitions`,
    body,
  );
}

/** Someone else moved the problem since it was loaded (or the move is no longer possible): reload it. */
export function isStaleProblemError(error: unknown): boolean {
  return isApiError(error) && error.code === 'PROBLEM_CONFLICT';
}

export function useMoveProblem() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: moveProblem,
    onSuccess: (problem) => {
      queryClient.setQueryData(problemQueryKey(problem.id), problem);
    },
    onError: (error, input) => {
      if (isStaleProblemError(error))
        return queryClient.invalidateQueries({
          queryKey: problemQueryKey(input.id),
        });
    },
    onSettled: () =>
      queryClient.invalidateQueries({ queryKey: problemsListKey() }),
  });
}
