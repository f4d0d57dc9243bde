import { queryOptions, useQuery } from '@tanstack/react-query';
import type { CategoryDto } from '@qifu/contracts';
import { apiGet } from '../../../lib/api-client';

export function getCategories(signal?: AbortSignal) {
  return apiGet<CategoryDto[]>('/categories', undefined, { signal });
}

export const categoriesQueryKey = () => ['categories'] as const;

export function getCategoriesQueryOptions() {
  return queryOptions({
    queryKey: categoriesQueryKey(),
    queryFn: ({ signal }) => getCategories(signal),
    // The category list changes rarely; keep it for the whole visit.
    staleTime: 10 * 60_000,
  });
}

export function useCategories() {
  return useQuery(getCategoriesQueryOptions());
}
