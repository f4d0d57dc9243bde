import {
  keepPreviousData,
  queryOptions,
  useQuery,
} from '@tanstack/react-query';
import type {
  Page,
  ProviderApplicationDto,
  ProviderStatus,
} from '@qifu/contracts';
import { apiGet } from '../../../lib/api-client';

export const APPLICATIONS_PAGE_SIZE = 20;

export interface ApplicationsParams {
  /** Absent: every status. */
  status?: ProviderStatus;
  page: number;
}

export function getApplications(
  params: ApplicationsParams,
  signal?: AbortSignal,
) {
  return apiGet<Page<ProviderApplicationDto>>(
    '/provider-applications',
    { ...params, pageSize: APPLICATIONS_PAGE_SIZE },
    { signal },
  );
}

export const applicationsQueryKey = (params?: ApplicationsParams) =>
  params
    ? (['provider-applications', 'list', params] as const)
    : (['provider-applications', 'list'] as const);

export function getApplicationsQueryOptions(params: ApplicationsParams) {
  return queryOptions({
    queryKey: applicationsQueryKey(params),
    queryFn: ({ signal }) => getApplications(params, signal),
    staleTime: 0,
  });
}

export function useApplications(params: ApplicationsParams) {
  return useQuery({
    ...getApplicationsQueryOptions(params),
    placeholderData: keepPreviousData,
  });
}
