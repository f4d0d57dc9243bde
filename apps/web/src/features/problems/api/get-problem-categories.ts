import { queryOptions, useQuery } from '@tanstack/react-query';
import type { ProblemCategoryDto } from '@qifu/contracts';
import { apiGet } from '../../../lib/api-client';

export function getProblemCategories(signal?: AbortSignal) {
  return apiGet<ProblemCategoryDto[]>('/problem-categories', {}, { signal });
}

export const problemCategoriesQueryKey = () =>
  ['problems', 'categories'] as const;

export function useProblemCategories() {
  return useQuery(
    queryOptions({
      queryKey: problemCategoriesQueryKey(),
      queryFn: ({ signal }) => getProblemCategories(signal),
      // Categories are data an operator may extend, but rarely: a few minutes is fresh enough.
      staleTime: 5 * 60_000,
    }),
  );
}
