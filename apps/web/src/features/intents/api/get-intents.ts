import {
  keepPreviousData,
  queryOptions,
  useQuery,
} from '@tanstack/react-query';
import type { IntentStatus, IntentSummaryDto, Page } from '@qifu/contracts';
import { apiGet } from '../../../lib/api-client';

export const INTENTS_PAGE_SIZE = 20;

export interface IntentsParams {
  status?: IntentStatus;
  q?: string;
  overdue?: boolean;
  companyId?: string;
  providerId?: string;
  page?: number;
  /** A nextCursor/prevCursor from a neighbouring page; `page` is then only its label. */
  cursor?: string;
  pageSize?: number;
}

// Drop empty values so equal searches share one cache entry.
function compact(params: IntentsParams): IntentsParams {
  return Object.fromEntries(
    Object.entries(params).filter(
      ([, value]) =>
        value !== undefined &&
        value !== null &&
        value !== '' &&
        value !== false,
    ),
  ) as IntentsParams;
}

export function getIntents(params: IntentsParams, signal?: AbortSignal) {
  const { overdue, ...rest } = compact(params);
  return apiGet<Page<IntentSummaryDto>>(
    '/intents',
    { ...rest, overdue: overdue ? 'true' : undefined },
    { signal },
  );
}

/** Every list of intents; mutations invalidate this prefix. */
export const intentsListKey = () => ['intents', 'list'] as const;

export const intentsQueryKey = (params: IntentsParams) =>
  [...intentsListKey(), compact(params)] as const;

export function getIntentsQueryOptions(params: IntentsParams) {
  const cleaned = compact(params);
  return queryOptions({
    queryKey: intentsQueryKey(cleaned),
    queryFn: ({ signal }) => getIntents(cleaned, signal),
    // Another party may move an intent any time; coming back shows it.
    staleTime: 0,
    refetchOnWindowFocus: true,
  });
}

export function useIntents(params: IntentsParams) {
  return useQuery({
    ...getIntentsQueryOptions(params),
    placeholderData: keepPreviousData,
  });
}

/** How many new requests wait for the provider's answer (the inbox badge). */
export function usePendingIntentCount(enabled: boolean) {
  return useQuery({
    ...getIntentsQueryOptions({ status: 'submitted', page: 1, pageSize: 1 }),
    enabled,
    select: (page) => page.total,
  });
}
