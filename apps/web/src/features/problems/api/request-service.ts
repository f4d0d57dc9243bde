import { useMutation, useQueryClient } from '@tanstack/react-query';
import type {
  ProblemDetailDto,
  RequestServiceForProblemRequest,
} from '@qifu/contracts';
import { apiSend } from '../../../lib/api-client';
import { problemQueryKey } from './get-problem';
import { problemsListKey } from './get-problems';
import { isStaleProblemError } from './move-problem';

export interface RequestServiceInput extends RequestServiceForProblemRequest {
  id: string;
}

export function requestServiceForProblem({ id, ...body }: RequestServiceInput) {
  return apiSend<ProblemDetailDto>(
    'POST',
    `/problems/${encodeURIComponent(id)}/intent`,
    body,
  );
}

/** The operator turns a problem into a marketplace request (a cooperation intent for its company). */
export function useRequestServiceForProblem() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: requestServiceForProblem,
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
