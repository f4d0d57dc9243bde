import {
  keepPreviousData,
  queryOptions,
  useQuery,
} from '@tanstack/react-query';
import type { Page, ProviderListingDto, ServiceStatus } from '@qifu/contracts';
import { apiGet } from '../../../lib/api-client';

export const LISTINGS_PAGE_SIZE = 20;

export interface ListingsParams {
  status?: ServiceStatus;
  page?: number;
}

export function getListings(params: ListingsParams, signal?: AbortSignal) {
  return apiGet<Page<ProviderListingDto>>(
    '/provider/listings',
    {
      status: params.status,
      page: params.page ?? 1,
      pageSize: LISTINGS_PAGE_SIZE,
    },
    { signal },
  );
}

/** Every list of the provider's listings; mutations invalidate this prefix. */
export const listingsListKey = () => ['provider-listings', 'list'] as const;

export const listingsQueryKey = (params: ListingsParams) =>
  [
    ...listingsListKey(),
    { status: params.status ?? null, page: params.page ?? 1 },
  ] as const;

export function getListingsQueryOptions(params: ListingsParams) {
  return queryOptions({
    queryKey: listingsQueryKey(params),
    queryFn: ({ signal }) => getListings(params, signal),
  });
}

export function useListings(params: ListingsParams) {
  return useQuery({
    ...getListingsQueryOptions(params),
    placeholderData: keepPreviousData,
  });
}
