import {
  keepPreviousData,
  queryOptions,
  useQuery,
} from '@tanstack/react-query';
import type {
  Page,
  ProblemStage,
  ProblemStatus,
  ProblemSummaryDto,
} from '@qifu/contracts';
import { apiGet } from '../../../lib/api-client';

export const PROBLEMS_PAGE_SIZE = 20;

export interface ProblemListParams {
  status?: ProblemStatus;
  categoryCode?: string;
  overdue?: ProblemStage;
  assigneeUserId?: string;
  companyId?: string;
  page: number;
}

export function getProblems(params: ProblemListParams, signal?: AbortSignal) {
  return apiGet<Page<ProblemSummaryDto>>(
    '/problems',
    { ...params, pageSize: PROBLEMS_PAGE_SIZE },
    { signal },
  );
}

export const problemsListKey = (params?: ProblemListParams) =>
  params
    ? (['problems', 'list', params] as const)
    : (['problems', 'list'] as const);

export function getProblemsQueryOptions(params: ProblemListParams) {
  return queryOptions({
    queryKey: problemsListKey(params),
    queryFn: ({ signal }) => getProblems(params, signal),
    staleTime: 0,
  });
}

export function useProblems(params: ProblemListParams) {
  return useQuery({
    ...getProblemsQueryOptions(params),
    placeholderData: keepPreviousData,
  });
}
