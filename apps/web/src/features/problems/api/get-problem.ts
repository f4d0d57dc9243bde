import { queryOptions, useQuery } from '@tanstack/react-query';
import type { ProblemDetailDto } from '@qifu/contracts';
import { apiGet } from '../../../lib/api-client';

export function getProblem(id: string, signal?: AbortSignal) {
  return apiGet<ProblemDetailDto>(
    `/problems/${encodeURIComponent(id)}`,
    {},
    { signal },
  );
}

export const problemQueryKey = (id: string) =>
  ['problems', 'detail', id] as const;

export function getProblemQueryOptions(id: string) {
  return queryOptions({
    queryKey: problemQueryKey(id),
    queryFn: ({ signal }) => getProblem(id, signal),
  });
}

export function useProblem(id: string) {
  return useQuery(getProblemQueryOptions(id));
}
