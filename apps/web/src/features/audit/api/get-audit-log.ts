import {
  keepPreviousData,
  queryOptions,
  useQuery,
} from '@tanstack/react-query';
import type { AuditAction, AuditEntryDto, Page } from '@qifu/contracts';
import { apiGet } from '../../../lib/api-client';

export const AUDIT_PAGE_SIZE = 20;

export interface AuditLogParams {
  action?: AuditAction;
  page: number;
}

export function getAuditLog(params: AuditLogParams, signal?: AbortSignal) {
  return apiGet<Page<AuditEntryDto>>(
    '/audit-log',
    { ...params, pageSize: AUDIT_PAGE_SIZE },
    { signal },
  );
}

export const auditLogQueryKey = (params?: AuditLogParams) =>
  params ? (['audit-log', params] as const) : (['audit-log'] as const);

export function getAuditLogQueryOptions(params: AuditLogParams) {
  return queryOptions({
    queryKey: auditLogQueryKey(params),
    queryFn: ({ signal }) => getAuditLog(params, signal),
    staleTime: 0,
  });
}

export function useAuditLog(params: AuditLogParams) {
  return useQuery({
    ...getAuditLogQueryOptions(params),
    placeholderData: keepPreviousData,
  });
}
