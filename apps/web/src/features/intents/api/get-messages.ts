import {
  keepPreviousData,
  queryOptions,
  useQuery,
} from '@tanstack/react-query';
import type { MessageDto, Page } from '@qifu/contracts';
import { apiGet } from '../../../lib/api-client';

export const MESSAGES_PAGE_SIZE = 20;

function fetchPage(intentId: string, page: number, signal?: AbortSignal) {
  return apiGet<Page<MessageDto>>(
    `/intents/${encodeURIComponent(intentId)}/messages`,
    { page, pageSize: MESSAGES_PAGE_SIZE },
    { signal },
  );
}

/**
 * One page of the thread (oldest first). `page: 'latest'` asks for the newest page: the first
 * answer tells how many there are, and a long thread then fetches its last page.
 */
export async function getMessages(
  intentId: string,
  page: number | 'latest',
  signal?: AbortSignal,
): Promise<Page<MessageDto>> {
  const first = await fetchPage(intentId, page === 'latest' ? 1 : page, signal);
  if (page !== 'latest') return first;
  const last = Math.max(1, Math.ceil(first.total / MESSAGES_PAGE_SIZE));
  return last === 1 ? first : fetchPage(intentId, last, signal);
}

export const messagesKey = (intentId: string) =>
  ['intents', 'messages', intentId] as const;

export function getMessagesQueryOptions(
  intentId: string,
  page: number | 'latest',
) {
  return queryOptions({
    queryKey: [...messagesKey(intentId), page] as const,
    queryFn: ({ signal }) => getMessages(intentId, page, signal),
    staleTime: 0,
    refetchOnWindowFocus: true,
  });
}

export function useMessages(intentId: string, page: number | 'latest') {
  return useQuery({
    ...getMessagesQueryOptions(intentId, page),
    placeholderData: keepPreviousData,
  });
}
