import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { CreateIntentRequest, IntentDetailDto } from '@qifu/contracts';
import { apiSend } from '../../../lib/api-client';
import { intentQueryKey } from './get-intent';
import { intentsListKey } from './get-intents';

export interface CreateIntentInput {
  body: CreateIntentRequest;
  /** One per form: a repeat with the same key answers with the same intent. */
  idempotencyKey: string;
}

export function createIntent({ body, idempotencyKey }: CreateIntentInput) {
  return apiSend<IntentDetailDto>('POST', '/intents', body, {
    headers: { 'Idempotency-Key': idempotencyKey },
  });
}

export function useCreateIntent() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createIntent,
    onSuccess: (intent) => {
      queryClient.setQueryData(intentQueryKey(intent.id), intent);
      return queryClient.invalidateQueries({ queryKey: intentsListKey() });
    },
  });
}
