import type { QueryClient } from '@tanstack/react-query';
import type { ProviderListingDto } from '@qifu/contracts';
import { listingQueryKey } from './get-listing';
import { listingsListKey } from './get-listings';
import { providerFiguresQueryKey } from './get-provider-figures';

/**
 * After any change to a listing: the workspace's lists and figures, and the storefront's
 * catalogue (services, providers' service lists, category counts), so a published listing is
 * found at once and an unlisted one is gone. Those keys belong to other features; they are
 * named here by their prefixes, as the intents feature does for notifications.
 */
export function invalidateAfterListingChange(
  queryClient: QueryClient,
  listing?: ProviderListingDto,
) {
  if (listing) queryClient.setQueryData(listingQueryKey(listing.id), listing);
  return Promise.all([
    queryClient.invalidateQueries({ queryKey: listingsListKey() }),
    queryClient.invalidateQueries({ queryKey: providerFiguresQueryKey() }),
    queryClient.invalidateQueries({ queryKey: ['services'] }),
    queryClient.invalidateQueries({ queryKey: ['providers'] }),
    queryClient.invalidateQueries({ queryKey: ['categories'] }),
  ]);
}
