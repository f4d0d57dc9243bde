import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { IntentDetailDto, TransitionIntentRequest } from '@qifu/contracts';
import { apiSend, isApiError } from '../../../lib/api-client';
import { intentQueryKey } from './get-intent';
import { intentsListKey } from './get-intents';

export interface TransitionInput extends TransitionIntentRequest {
  id: string;
}

export function transitionIntent({ id, ...body }: TransitionInput) {
  return apiSend<IntentDetailDto>(
    'POST',
    `/intents/${encodeURIComponent(id)}/transitions`,
    body,
  );
}

/** Someone else moved the intent since it was loaded: reload it and let the user look again. */
export function isStaleIntentError(error: unknown): boolean {
  return (
    isApiError(error) &&
    (error.code === 'INTENT_CONFLICT' ||
      error.code === 'TRANSITION_NOT_ALLOWED')
  );
}

export function useTransitionIntent() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: transitionIntent,
    onSuccess: (intent) => {
      queryClient.setQueryData(intentQueryKey(intent.id), intent);
    },
    onError: (error, input) => {
      if (isStaleIntentError(error))
        return queryClient.invalidateQueries({
          queryKey: intentQueryKey(input.id),
        });
    },
    // The lists (and the provider's pending badge) change with every move, and so do the
    // header's notifications (the ['notifications'] keys of that feature).
    onSettled: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: intentsListKey() }),
        queryClient.invalidateQueries({ queryKey: ['notifications'] }),
      ]),
  });
}
