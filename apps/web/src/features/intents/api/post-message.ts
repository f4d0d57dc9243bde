import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { MessageDto } from '@qifu/contracts';
import { apiSend } from '../../../lib/api-client';
import { intentsListKey } from './get-intents';
import { messagesKey } from './get-messages';

export function postMessage({
  intentId,
  body,
}: {
  intentId: string;
  body: string;
}) {
  return apiSend<MessageDto>(
    'POST',
    `/intents/${encodeURIComponent(intentId)}/messages`,
    { body },
  );
}

export function usePostMessage() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: postMessage,
    onSuccess: (_message, { intentId }) =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: messagesKey(intentId) }),
        queryClient.invalidateQueries({ queryKey: intentsListKey() }),
      ]),
  });
}
