import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { IntentDetailDto, RateIntentRequest } from '@qifu/contracts';
import { apiSend } from '../../../lib/api-client';
import { intentQueryKey } from './get-intent';

export function rateIntent({
  id,
  ...body
}: RateIntentRequest & { id: string }) {
  return apiSend<IntentDetailDto>(
    'POST',
    `/intents/${encodeURIComponent(id)}/rating`,
    body,
  );
}

export function replyToRating({ id, reply }: { id: string; reply: string }) {
  return apiSend<IntentDetailDto>(
    'POST',
    `/intents/${encodeURIComponent(id)}/rating/reply`,
    { reply },
  );
}

function useRatingMutation<T extends { id: string }>(
  mutationFn: (input: T) => Promise<IntentDetailDto>,
) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn,
    onSuccess: (intent) => {
      queryClient.setQueryData(intentQueryKey(intent.id), intent);
      // Public ratings and the catalogue's averages (the ratings, services and providers
      // features' keys) now include this one.
      return Promise.all(
        ['ratings', 'services', 'providers'].map((prefix) =>
          queryClient.invalidateQueries({ queryKey: [prefix] }),
        ),
      );
    },
    onError: (_error, input) =>
      queryClient.invalidateQueries({ queryKey: intentQueryKey(input.id) }),
  });
}

export function useRateIntent() {
  return useRatingMutation(rateIntent);
}

export function useReplyToRating() {
  return useRatingMutation(replyToRating);
}
