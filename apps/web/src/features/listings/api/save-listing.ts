import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { ListingInput, ProviderListingDto } from '@qifu/contracts';
import { apiSend } from '../../../lib/api-client';
import { invalidateAfterListingChange } from './invalidate-listings';

export function createListing(input: ListingInput) {
  return apiSend<ProviderListingDto>('POST', '/provider/listings', input);
}

export function updateListing({
  id,
  input,
}: {
  id: string;
  input: ListingInput;
}) {
  return apiSend<ProviderListingDto>(
    'PUT',
    `/provider/listings/${encodeURIComponent(id)}`,
    input,
  );
}

export function useCreateListing() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createListing,
    onSuccess: (listing) => invalidateAfterListingChange(queryClient, listing),
  });
}

export function useUpdateListing() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateListing,
    onSuccess: (listing) => invalidateAfterListingChange(queryClient, listing),
  });
}
