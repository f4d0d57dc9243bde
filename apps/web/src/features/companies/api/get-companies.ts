import {
  keepPreviousData,
  queryOptions,
  useQuery,
} from '@tanstack/react-query';
import type {
  CompanyDto,
  CompanyTier,
  LifecycleStage,
  Page,
} from '@qifu/contracts';
import { apiGet } from '../../../lib/api-client';

export interface CompaniesParams {
  q?: string;
  tier?: CompanyTier;
  stage?: LifecycleStage;
  page?: number;
  pageSize?: number;
}

export function getCompanies(params: CompaniesParams, signal?: AbortSignal) {
  return apiGet<Page<CompanyDto>>('/companies', { ...params }, { signal });
}

export function getCompaniesQueryOptions(params: CompaniesParams) {
  return queryOptions({
    queryKey: ['companies', 'list', params] as const,
    queryFn: ({ signal }) => getCompanies(params, signal),
  });
}

export function useCompanies(params: CompaniesParams) {
  return useQuery({
    ...getCompaniesQueryOptions(params),
    placeholderData: keepPreviousData,
  });
}
