import {
  keepPreviousData,
  queryOptions,
  useMutation,
  useQuery,
  useQueryClient,
} from '@tanstack/react-query';
import {
  COMPANY_IMPORT_TYPES,
  type CompanyDto,
  type CompanyImportDto,
  type CompanyImportRowDto,
  type CompanyTierEventDto,
  type Page,
  type SetCompanyTiersInput,
  type TierPyramidDto,
} from '@qifu/contracts';
import { apiGet, apiSend, apiUpload } from '../../../lib/api-client';

const BASE = '/operator/companies';

export function uploadCompanyImport(file: File) {
  const type = /\.xlsx$/i.test(file.name)
    ? COMPANY_IMPORT_TYPES.xlsx
    : COMPANY_IMPORT_TYPES.csv;
  return apiUpload<CompanyImportDto>(
    `${BASE}/imports`,
    { fileName: file.name },
    file,
    type,
  );
}

export function useUploadCompanyImport() {
  return useMutation({ mutationFn: uploadCompanyImport });
}

/** Polled while the job runs (queued or running), still once done. */
export function useCompanyImport(id: string | undefined) {
  return useQuery({
    queryKey: ['companies', 'imports', id] as const,
    queryFn: ({ signal }) =>
      apiGet<CompanyImportDto>(`${BASE}/imports/${id}`, undefined, { signal }),
    enabled: !!id,
    refetchInterval: (q) =>
      q.state.data?.status === 'queued' || q.state.data?.status === 'running'
        ? 1000
        : false,
  });
}

export interface ImportRowsParams {
  page: number;
  pageSize: number;
  onlyErrors: boolean;
}

export function useCompanyImportRows(
  id: string | undefined,
  params: ImportRowsParams,
) {
  return useQuery({
    queryKey: ['companies', 'imports', id, 'rows', params] as const,
    queryFn: ({ signal }) =>
      apiGet<Page<CompanyImportRowDto>>(
        `${BASE}/imports/${id}/rows`,
        { ...params, onlyErrors: String(params.onlyErrors) },
        { signal },
      ),
    enabled: !!id,
    placeholderData: keepPreviousData,
  });
}

export function useConfirmCompanyImport() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (id: string) =>
      apiSend<CompanyImportDto>('POST', `${BASE}/imports/${id}/confirm`),
    onSuccess: (job) => {
      qc.setQueryData(['companies', 'imports', job.id], job);
      void qc.invalidateQueries({ queryKey: ['companies', 'list'] });
      void qc.invalidateQueries({ queryKey: ['companies', 'tier-pyramid'] });
    },
  });
}

export const tierPyramidQueryOptions = () =>
  queryOptions({
    queryKey: ['companies', 'tier-pyramid'] as const,
    queryFn: ({ signal }) =>
      apiGet<TierPyramidDto>(`${BASE}/tier-pyramid`, undefined, { signal }),
  });

export function useTierPyramid() {
  return useQuery(tierPyramidQueryOptions());
}

export function useCompanyTierEvents(id: string, page: number) {
  return useQuery({
    queryKey: ['companies', id, 'tier-events', page] as const,
    queryFn: ({ signal }) =>
      apiGet<Page<CompanyTierEventDto>>(
        `${BASE}/${id}/tier-events`,
        { page, pageSize: 10 },
        { signal },
      ),
    placeholderData: keepPreviousData,
  });
}

export function useSetCompanyTiers(id: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (input: SetCompanyTiersInput) =>
      apiSend<CompanyDto>('PUT', `${BASE}/${id}/tiers`, input),
    onSuccess: () => {
      void qc.invalidateQueries({ queryKey: ['companies'] });
    },
  });
}
