import {
  keepPreviousData,
  queryOptions,
  useQuery,
} from '@tanstack/react-query';
import {
  ACTIVE_EXPORT_JOB_STATUSES,
  type ExportJobDto,
  type ExportJobStatus,
  type Page,
} from '@qifu/contracts';
import { apiGet } from '../../../lib/api-client';

// The operator's own export jobs, newest first. Jobs move on the server, so the page is asked
// again while one of them is still queued or running, and left alone once they have all settled.

export const EXPORT_JOBS_PAGE_SIZE = 5;
export const EXPORT_JOBS_POLL_MS = 2_000;

export interface ExportJobsParams {
  page: number;
}

export function getExportJobs(params: ExportJobsParams, signal?: AbortSignal) {
  return apiGet<Page<ExportJobDto>>(
    '/stats/exports',
    { page: params.page, pageSize: EXPORT_JOBS_PAGE_SIZE },
    { signal },
  );
}

export const exportJobsQueryKey = (params?: ExportJobsParams) =>
  params
    ? (['stats', 'exports', params] as const)
    : (['stats', 'exports'] as const);

const ACTIVE: readonly ExportJobStatus[] = ACTIVE_EXPORT_JOB_STATUSES;

export function isActiveExportJob(job: Pick<ExportJobDto, 'status'>): boolean {
  return ACTIVE.includes(job.status);
}

/** The poll interval for a page of jobs: only while any of them is still moving. */
export function exportJobsRefetchInterval(
  data: Page<ExportJobDto> | undefined,
): number | false {
  return data?.items.some(isActiveExportJob) ? EXPORT_JOBS_POLL_MS : false;
}

export function getExportJobsQueryOptions(params: ExportJobsParams) {
  return queryOptions({
    queryKey: exportJobsQueryKey(params),
    queryFn: ({ signal }) => getExportJobs(params, signal),
    staleTime: 0,
    refetchInterval: (query) => exportJobsRefetchInterval(query.state.data),
  });
}

export function useExportJobs(params: ExportJobsParams) {
  return useQuery({
    ...getExportJobsQueryOptions(params),
    placeholderData: keepPreviousData,
  });
}
