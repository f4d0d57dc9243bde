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

/**
 * A write that answers the problem's new detail: kept as the problem's cached detail, the
 * detail reloaded on a stale version, the ledger refreshed either way.
 */
export function useProblemMutation<TInput extends { id: string }>(
  mutationFn: (input: TInput) => Promise<ProblemDetailDto>,
) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn,
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

export function useMoveProblem() {
  return useProblemMutation(moveProblem);
}
