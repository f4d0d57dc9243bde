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
import {
  apiGet,
  apiSend,
  apiUpload,
  isApiError,
} from '../../../lib/api-client';

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

export const companyQueryKey = (id: string) =>
  ['companies', 'detail', id] as const;

export const companyQueryOptions = (id: string) =>
  queryOptions({
    queryKey: companyQueryKey(id),
    queryFn: ({ signal }) =>
      apiGet<CompanyDto>(`${BASE}/${encodeURIComponent(id)}`, undefined, {
        signal,
      }),
  });

/** One company as the operator sees it (its tiers are what the tier form edits). */
export function useOperatorCompany(id: string) {
  return useQuery(companyQueryOptions(id));
}

export const TIER_EVENTS_PAGE_SIZE = 10;

export const tierEventsKey = (id: string) =>
  ['companies', 'detail', id, 'tier-events'] as const;

export function useCompanyTierEvents(id: string, page: number) {
  return useQuery({
    queryKey: [...tierEventsKey(id), page] as const,
    queryFn: ({ signal }) =>
      apiGet<Page<CompanyTierEventDto>>(
        `${BASE}/${encodeURIComponent(id)}/tier-events`,
        { page, pageSize: TIER_EVENTS_PAGE_SIZE },
        { signal },
      ),
    placeholderData: keepPreviousData,
  });
}

/** Someone else (or an import) changed the tiers since the form read them. */
export function isStaleTiersError(error: unknown): boolean {
  return isApiError(error) && error.code === 'COMPANY_TIERS_CONFLICT';
}

export function setCompanyTiers({
  id,
  ...body
}: SetCompanyTiersInput & { id: string }) {
  return apiSend<CompanyDto>(
    'PUT',
    `${BASE}/${encodeURIComponent(id)}/tiers`,
    body,
  );
}

/**
 * The answer is the company's new detail; a stale set reloads it (the form then shows the
 * current tiers). Either way the history, the directory and the pyramid are refreshed.
 */
export function useSetCompanyTiers() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: setCompanyTiers,
    onSuccess: (company) => {
      qc.setQueryData(companyQueryKey(company.id), company);
    },
    onError: (error, input) => {
      if (isStaleTiersError(error))
        return qc.invalidateQueries({
          queryKey: companyQueryKey(input.id),
          exact: true,
        });
    },
    onSettled: (_data, _error, input) =>
      Promise.all([
        qc.invalidateQueries({ queryKey: tierEventsKey(input.id) }),
        qc.invalidateQueries({ queryKey: ['companies', 'list'] }),
        qc.invalidateQueries({ queryKey: tierPyramidQueryOptions().queryKey }),
      ]),
  });
}
