import {
  queryOptions,
  useMutation,
  useQuery,
  useQueryClient,
} from '@tanstack/react-query';
import type {
  RecommendationContext,
  RecommendationsDto,
} from '@qifu/contracts';
import { apiGet, apiSend } from '../../../lib/api-client';

// A signed-in company's recommendations (home page, or a service's page), and its dismissals.

export interface RecommendationsParams {
  context: RecommendationContext;
  serviceId?: string;
}

export function getRecommendations(
  params: RecommendationsParams,
  signal?: AbortSignal,
) {
  return apiGet<RecommendationsDto>(
    '/recommendations',
    { ...params },
    { signal },
  );
}

export const recommendationsQueryKey = (params?: RecommendationsParams) =>
  params
    ? (['recommendations', params] as const)
    : (['recommendations'] as const);

export function getRecommendationsQueryOptions(params: RecommendationsParams) {
  return queryOptions({
    queryKey: recommendationsQueryKey(params),
    queryFn: ({ signal }) => getRecommendations(params, signal),
    staleTime: 60_000,
  });
}

/** Asks only when `enabled` (a signed-in company): anonymous visitors see nothing new. */
export function useRecommendations(
  params: RecommendationsParams,
  enabled: boolean,
) {
  return useQuery({ ...getRecommendationsQueryOptions(params), enabled });
}

export function dismissRecommendation(key: string) {
  return apiSend('POST', `/recommendations/${encodeURIComponent(key)}/dismiss`);
}

export function undoDismissRecommendation(key: string) {
  return apiSend(
    'DELETE',
    `/recommendations/${encodeURIComponent(key)}/dismiss`,
  );
}

/** Dismisses a card; every recommendation list is stale after (the card may be on several). */
export function useDismissRecommendation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ key, undo }: { key: string; undo?: boolean }) =>
      undo ? undoDismissRecommendation(key) : dismissRecommendation(key),
    onSuccess: () =>
      queryClient.invalidateQueries({ queryKey: recommendationsQueryKey() }),
  });
}
