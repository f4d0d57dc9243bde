import {
  keepPreviousData,
  queryOptions,
  useQuery,
} from '@tanstack/react-query';
import type { FailedJobDto, Page } from '@qifu/contracts';
import { apiGet } from '../../../lib/api-client';

// The jobs that used up their retries, newest failure first: where the operator retries them.

export const FAILED_JOBS_PAGE_SIZE = 20;

export interface FailedJobsParams {
  queue?: string;
  page: number;
}

export function getFailedJobs(params: FailedJobsParams, signal?: AbortSignal) {
  return apiGet<Page<FailedJobDto>>(
    '/operator/jobs/failed',
    { ...params, pageSize: FAILED_JOBS_PAGE_SIZE },
    { signal },
  );
}

export const failedJobsQueryKey = (params?: FailedJobsParams) =>
  params
    ? (['jobs', 'failed', params] as const)
    : (['jobs', 'failed'] as const);

export function getFailedJobsQueryOptions(params: FailedJobsParams) {
  return queryOptions({
    queryKey: failedJobsQueryKey(params),
    queryFn: ({ signal }) => getFailedJobs(params, signal),
    staleTime: 0,
  });
}

export function useFailedJobs(params: FailedJobsParams) {
  return useQuery({
    ...getFailedJobsQueryOptions(params),
    placeholderData: keepPreviousData,
  });
}
