import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiSend } from '../../../lib/api-client';
import { moderatedListingsQueryKey } from './get-moderated-listings';

// The operator's moderation of a listing: unlisting with a reason the provider reads, and
// lifting it (the provider may then publish again).

export function unlistListing(input: { id: string; reason: string }) {
  return apiSend(
    'POST',
    `/operator/listings/${encodeURIComponent(input.id)}/unlist`,
    { reason: input.reason },
  );
}

export function restoreListing(id: string) {
  return apiSend(
    'POST',
    `/operator/listings/${encodeURIComponent(id)}/restore`,
  );
}

// The catalogue's lists and counts change; the detail page being looked at is left alone, so
// the operator keeps the restore action at hand instead of a sudden "not found".
const catalogueLists = [['services', 'list'], ['categories'], ['providers']];

export function useUnlistListing() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: unlistListing,
    onSuccess: () =>
      Promise.all(
        catalogueLists.map((queryKey) =>
          queryClient.invalidateQueries({ queryKey }),
        ),
      ),
  });
}

// A lifted listing leaves the operator's moderated list (it is a draft for its provider again).
export function useRestoreListing() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: restoreListing,
    onSuccess: () =>
      queryClient.invalidateQueries({ queryKey: moderatedListingsQueryKey() }),
  });
}
