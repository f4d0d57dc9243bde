import {
  keepPreviousData,
  queryOptions,
  useQuery,
} from '@tanstack/react-query';
import type { Page, RecommendationRuleDto } from '@qifu/contracts';
import { apiGet } from '../../../lib/api-client';

// The recommendation rules, heaviest first, for the operator console (read-only).

export const RULES_PAGE_SIZE = 20;

export interface RecommendationRulesParams {
  categoryCode?: string;
  page: number;
}

export function getRecommendationRules(
  params: RecommendationRulesParams,
  signal?: AbortSignal,
) {
  return apiGet<Page<RecommendationRuleDto>>(
    '/operator/recommendation-rules',
    { ...params, pageSize: RULES_PAGE_SIZE },
    { signal },
  );
}

export const recommendationRulesQueryKey = (
  params?: RecommendationRulesParams,
) =>
  params
    ? (['recommendation-rules', params] as const)
    : (['recommendation-rules'] as const);

export function getRecommendationRulesQueryOptions(
  params: RecommendationRulesParams,
) {
  return queryOptions({
    queryKey: recommendationRulesQueryKey(params),
    queryFn: ({ signal }) => getRecommendationRules(params, signal),
  });
}

export function useRecommendationRules(params: RecommendationRulesParams) {
  return useQuery({
    ...getRecommendationRulesQueryOptions(params),
    placeholderData: keepPreviousData,
  });
}
