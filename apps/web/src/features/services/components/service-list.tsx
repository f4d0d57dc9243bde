import type { CategoryRef } from '@qifu/contracts';
import { useTranslation } from 'react-i18next';
import { PagedList } from '../../../components/ui/paged-list';
import { useUrlListState } from '../../../components/ui/url-list-state';
import { useServices } from '../api/get-services';
import {
  hasActiveServiceFilters,
  SERVICE_LIST_PAGE_SIZE,
  serviceListCodec,
  toServicesParams,
} from '../service-list-params';
import { ServiceFilters } from './service-filters';
import { ServiceGrid } from './service-grid';
import { SearchSuggestion } from './search-suggestion';

export interface ServiceListProps {
  /** Offered in the category filter; the route loads them. */
  categories: CategoryRef[];
}

export function ServiceList({ categories }: ServiceListProps) {
  const { t } = useTranslation();
  const { filters, setFilters, setPage, clearFilters } =
    useUrlListState(serviceListCodec);
  const query = useServices(toServicesParams(filters), { keepPrevious: true });
  const filtered = hasActiveServiceFilters(filters);

  return (
    <PagedList
      query={query}
      page={filters.page}
      pageSize={SERVICE_LIST_PAGE_SIZE}
      onPageChange={setPage}
      totalText={(total, capped) =>
        t(capped ? 'services.totalCapped' : 'services.total', { total })
      }
      emptyTitle={t('services.emptyTitle')}
      emptyText={
        filtered ? t('services.emptyFiltered') : t('services.emptyAll')
      }
      onClear={filtered ? clearFilters : undefined}
      filters={
        <>
          <ServiceFilters
            filters={filters}
            categories={categories}
            onChange={setFilters}
          />
          <SearchSuggestion
            q={filters.q}
            suggestion={query.data?.suggestion}
            onSearch={(q) => setFilters({ q })}
          />
        </>
      }
    >
      {(services) => (
        <ServiceGrid
          services={services}
          label={t('services.resultsLabel')}
          headingLevel={2}
        />
      )}
    </PagedList>
  );
}
