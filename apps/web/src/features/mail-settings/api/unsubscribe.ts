import { queryOptions, useMutation, useQuery } from '@tanstack/react-query';
import type { UnsubscribeDto } from '@qifu/contracts';
import { apiGet, apiSend } from '../../../lib/api-client';

// The signed-out unsubscribe link of a mail: GET shows what it turns off, POST does it.

export const unsubscribeQueryKey = (token: string) =>
  ['mail', 'unsubscribe', token] as const;

export function getUnsubscribeQueryOptions(token: string) {
  return queryOptions({
    queryKey: unsubscribeQueryKey(token),
    queryFn: ({ signal }) =>
      apiGet<UnsubscribeDto>('/mail/unsubscribe', { token }, { signal }),
    retry: false,
  });
}

export function useUnsubscribePreview(token: string) {
  return useQuery(getUnsubscribeQueryOptions(token));
}

export function useUnsubscribe(token: string) {
  return useMutation({
    mutationFn: () =>
      apiSend<UnsubscribeDto>(
        'POST',
        `/mail/unsubscribe?${new URLSearchParams({ token }).toString()}`,
      ),
  });
}
