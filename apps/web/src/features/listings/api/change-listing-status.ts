import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { ProviderListingDto } from '@qifu/contracts';
import { apiSend } from '../../../lib/api-client';
import { listingQueryKey } from './get-listing';
import { invalidateAfterListingChange } from './invalidate-listings';

const listingPath = (id: string) =>
  `/provider/listings/${encodeURIComponent(id)}`;

export function publishListing(id: string) {
  return apiSend<ProviderListingDto>('POST', `${listingPath(id)}/publish`);
}

export function unlistListing(id: string) {
  return apiSend<ProviderListingDto>('POST', `${listingPath(id)}/unlist`);
}

/** Only a draft that was never published (the API answers LISTING_NOT_DRAFT otherwise). */
export function deleteListing(id: string) {
  return apiSend('DELETE', listingPath(id));
}

export function usePublishListing() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: publishListing,
    onSuccess: (listing) => invalidateAfterListingChange(queryClient, listing),
    // LISTING_MODERATED and friends mean what we show is stale: reload it too.
    onError: (_error, id) =>
      queryClient.invalidateQueries({ queryKey: listingQueryKey(id) }),
  });
}

export function useUnlistListing() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: unlistListing,
    onSuccess: (listing) => invalidateAfterListingChange(queryClient, listing),
  });
}

export function useDeleteListing() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: deleteListing,
    onSuccess: (_void, id) => {
      queryClient.removeQueries({ queryKey: listingQueryKey(id) });
      return invalidateAfterListingChange(queryClient);
    },
  });
}
