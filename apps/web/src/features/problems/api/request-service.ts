import type {
  ProblemDetailDto,
  RequestServiceForProblemRequest,
} from '@qifu/contracts';
import { apiSend } from '../../../lib/api-client';
import { useProblemMutation } from './move-problem';

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
  return useProblemMutation(requestServiceForProblem);
}
