import { queryOptions, useQuery } from '@tanstack/react-query';
import { PAGE_SIZE_MAX } from '@qifu/contracts';
import { getRatings, type RatingsSubject } from './get-ratings';

export interface RatingStats {
  average: number | null;
  count: number;
}

/**
 * A provider's average and count. ProviderDetailDto does not carry them (services do), so they
 * are worked out from its ratings: exact up to PAGE_SIZE_MAX ratings, the newest ones beyond.
 */
export function getRatingStatsQueryOptions(subject: RatingsSubject) {
  return queryOptions({
    queryKey: ['ratings', subject.kind, subject.id, 'stats'] as const,
    queryFn: async ({ signal }): Promise<RatingStats> => {
      const page = await getRatingsPage(subject, signal);
      if (page.items.length === 0) return { average: null, count: page.total };
      const sum = page.items.reduce((total, r) => total + r.average, 0);
      return { average: sum / page.items.length, count: page.total };
    },
  });
}

function getRatingsPage(subject: RatingsSubject, signal?: AbortSignal) {
  return getRatings(subject, 1, signal, PAGE_SIZE_MAX);
}

export function useRatingStats(subject: RatingsSubject) {
  return useQuery(getRatingStatsQueryOptions(subject));
}
