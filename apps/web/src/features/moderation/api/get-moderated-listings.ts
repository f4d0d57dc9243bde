import {
  keepPreviousData,
  queryOptions,
  useQuery,
} from '@tanstack/react-query';
import type { ModeratedListingDto, Page } from '@qifu/contracts';
import { apiGet } from '../../../lib/api-client';

// The listings the operator unlisted, newest moderation first: where a restore is found again.

export const MODERATED_PAGE_SIZE = 20;
/** listModeratedListingsQuerySchema takes at most 60 characters. */
export const MODERATED_KEYWORD_LENGTH = 60;

export interface ModeratedListingsParams {
  q?: string;
  page: number;
}

export function getModeratedListings(
  params: ModeratedListingsParams,
  signal?: AbortSignal,
) {
  return apiGet<Page<ModeratedListingDto>>(
    '/operator/listings',
    { moderated: 'true', ...params, pageSize: MODERATED_PAGE_SIZE },
    { signal },
  );
}

export const moderatedListingsQueryKey = (params?: ModeratedListingsParams) =>
  params
    ? (['moderated-listings', params] as const)
    : (['moderated-listings'] as const);

export function getModeratedListingsQueryOptions(
  params: ModeratedListingsParams,
) {
  return queryOptions({
    queryKey: moderatedListingsQueryKey(params),
    queryFn: ({ signal }) => getModeratedListings(params, signal),
    staleTime: 0,
  });
}

export function useModeratedListings(params: ModeratedListingsParams) {
  return useQuery({
    ...getModeratedListingsQueryOptions(params),
    placeholderData: keepPreviousData,
  });
}
