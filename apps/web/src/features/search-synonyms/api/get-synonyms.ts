import {
  keepPreviousData,
  queryOptions,
  useQuery,
} from '@tanstack/react-query';
import type { Page, SynonymGroupDto } from '@qifu/contracts';
import { apiGet } from '../../../lib/api-client';

// The search dictionary's groups, newest first, optionally those with a word holding `q`.

export const SYNONYMS_PAGE_SIZE = 20;

export interface SynonymsParams {
  q?: string;
  page: number;
}

export function getSynonyms(params: SynonymsParams, signal?: AbortSignal) {
  return apiGet<Page<SynonymGroupDto>>(
    '/operator/search-synonyms',
    { ...params, pageSize: SYNONYMS_PAGE_SIZE },
    { signal },
  );
}

export const synonymsQueryKey = (params?: SynonymsParams) =>
  params
    ? (['search-synonyms', params] as const)
    : (['search-synonyms'] as const);

export function getSynonymsQueryOptions(params: SynonymsParams) {
  return queryOptions({
    queryKey: synonymsQueryKey(params),
    queryFn: ({ signal }) => getSynonyms(params, signal),
    staleTime: 0,
  });
}

export function useSynonyms(params: SynonymsParams) {
  return useQuery({
    ...getSynonymsQueryOptions(params),
    placeholderData: keepPreviousData,
  });
}
