import { queryOptions, useQuery } from '@tanstack/react-query';
import type { ProviderListingDto } from '@qifu/contracts';
import { apiGet } from '../../../lib/api-client';

export function getListing(id: string, signal?: AbortSignal) {
  return apiGet<ProviderListingDto>(
    `/provider/listings/${encodeURIComponent(id)}`,
    undefined,
    { signal },
  );
}

export const listingQueryKey = (id: string) =>
  ['provider-listings', 'detail', id] as const;

export function getListingQueryOptions(id: string) {
  return queryOptions({
    queryKey: listingQueryKey(id),
    queryFn: ({ signal }) => getListing(id, signal),
  });
}

export function useListing(id: string) {
  return useQuery(getListingQueryOptions(id));
}
