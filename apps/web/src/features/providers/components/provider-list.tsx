import type { CategoryRef } from '@qifu/contracts';
import { useTranslation } from 'react-i18next';
import { PagedList } from '../../../components/ui/paged-list';
import { useUrlListState } from '../../../components/ui/url-list-state';
import { useProviders } from '../api/get-providers';
import {
  hasActiveProviderFilters,
  PROVIDER_LIST_PAGE_SIZE,
  providerListCodec,
  toProvidersParams,
} from '../provider-list-params';
import { ProviderFilters } from './provider-filters';
import { ProviderGrid } from './provider-grid';

export interface ProviderListProps {
  categories: CategoryRef[];
}

export function ProviderList({ categories }: ProviderListProps) {
  const { t } = useTranslation();
  const { filters, setFilters, setPage, clearFilters } =
    useUrlListState(providerListCodec);
  const query = useProviders(toProvidersParams(filters), {
    keepPrevious: true,
  });
  const filtered = hasActiveProviderFilters(filters);

  return (
    <PagedList
      query={query}
      page={filters.page}
      pageSize={PROVIDER_LIST_PAGE_SIZE}
      onPageChange={setPage}
      totalText={(total) => t('providers.total', { total })}
      emptyTitle={t('providers.emptyTitle')}
      emptyText={
        filtered ? t('providers.emptyFiltered') : t('providers.emptyAll')
      }
      onClear={filtered ? clearFilters : undefined}
      filters={
        <ProviderFilters
          filters={filters}
          categories={categories}
          onChange={setFilters}
        />
      }
    >
      {(providers) => (
        <ProviderGrid
          providers={providers}
          label={t('providers.resultsLabel')}
          headingLevel={2}
        />
      )}
    </PagedList>
  );
}
