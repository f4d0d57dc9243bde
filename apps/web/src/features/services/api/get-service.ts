import { queryOptions, useQuery } from '@tanstack/react-query';
import type { ServiceDetailDto } from '@qifu/contracts';
import { apiGet } from '../../../lib/api-client';

export function getService(id: string, signal?: AbortSignal) {
  return apiGet<ServiceDetailDto>(
    `/services/${encodeURIComponent(id)}`,
    undefined,
    { signal },
  );
}

export const serviceQueryKey = (id: string) =>
  ['services', 'detail', id] as const;

export function getServiceQueryOptions(id: string) {
  return queryOptions({
    queryKey: serviceQueryKey(id),
    queryFn: ({ signal }) => getService(id, signal),
  });
}

export function useService(id: string) {
  return useQuery(getServiceQueryOptions(id));
}
