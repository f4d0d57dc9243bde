import {
  keepPreviousData,
  queryOptions,
  useQuery,
} from '@tanstack/react-query';
import type { Page, RatingDto } from '@qifu/contracts';
import { apiGet } from '../../../lib/api-client';

export const RATINGS_PAGE_SIZE = 5;

/** Ratings are public, of one service or of all a provider's services. */
export interface RatingsSubject {
  kind: 'service' | 'provider';
  id: string;
}

export function getRatings(
  subject: RatingsSubject,
  page: number,
  signal?: AbortSignal,
  pageSize = RATINGS_PAGE_SIZE,
) {
  const base = subject.kind === 'service' ? '/services' : '/providers';
  return apiGet<Page<RatingDto>>(
    `${base}/${encodeURIComponent(subject.id)}/ratings`,
    { page, pageSize },
    { signal },
  );
}

export function getRatingsQueryOptions(subject: RatingsSubject, page: number) {
  return queryOptions({
    queryKey: ['ratings', subject.kind, subject.id, { page }] as const,
    queryFn: ({ signal }) => getRatings(subject, page, signal),
  });
}

export function useRatings(subject: RatingsSubject, page: number) {
  return useQuery({
    ...getRatingsQueryOptions(subject, page),
    placeholderData: keepPreviousData,
  });
}
