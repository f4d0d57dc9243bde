import type { CategoryRef } from '@qifu/contracts';
import { Button, Pagination, Spin } from 'antd';
import { useTranslation } from 'react-i18next';
import { CardGridSkeleton } from '../../../components/ui/card-grid-skeleton';
import { EmptyState } from '../../../components/ui/empty-state';
import { ErrorState } from '../../../components/ui/error-state';
import { useAppLanguage } from '../../../i18n/use-app-language';
import { formatNumber } from '../../../lib/format';
import { useServices } from '../api/get-services';
import {
  hasActiveServiceFilters,
  SERVICE_LIST_PAGE_SIZE,
  toServicesParams,
} from '../service-list-params';
import { useServiceListFilters } from '../use-service-list-filters';
import { ServiceFilters } from './service-filters';
import { ServiceGrid } from './service-grid';

export interface ServiceListProps {
  /** Offered in the category filter; the route loads them. */
  categories: CategoryRef[];
}

export function ServiceList({ categories }: ServiceListProps) {
  const { t } = useTranslation();
  const language = useAppLanguage();
  const { filters, setFilters, clearFilters } = useServiceListFilters();
  const query = useServices(toServicesParams(filters), { keepPrevious: true });
  const filtered = hasActiveServiceFilters(filters);

  const clearButton = filtered ? (
    <Button onClick={clearFilters}>{t('filters.clear')}</Button>
  ) : null;

  let results;
  if (query.isPending) {
    results = <CardGridSkeleton count={6} />;
  } else if (query.isError) {
    results = (
      <>
        <ErrorState error={query.error} onRetry={() => void query.refetch()} />
        {clearButton ? <div className="qf-center">{clearButton}</div> : null}
      </>
    );
  } else if (query.data.items.length === 0 && query.data.total > 0) {
    results = (
      <EmptyState
        title={t('common.pageOutOfRange')}
        description={t('common.pageOutOfRangeText')}
        action={
          <Button onClick={() => setFilters({ page: 1 })}>
            {t('common.backToFirstPage')}
          </Button>
        }
      />
    );
  } else if (query.data.items.length === 0) {
    results = (
      <EmptyState
        title={t('services.emptyTitle')}
        description={
          filtered ? t('services.emptyFiltered') : t('services.emptyAll')
        }
        action={clearButton}
      />
    );
  } else {
    results = (
      <Spin spinning={query.isPlaceholderData} delay={200}>
        <ServiceGrid
          services={query.data.items}
          label={t('services.resultsLabel')}
          headingLevel={2}
        />
        {query.data.total > SERVICE_LIST_PAGE_SIZE ? (
          <nav className="qf-pagination" aria-label={t('pagination.label')}>
            <Pagination
              current={filters.page}
              pageSize={SERVICE_LIST_PAGE_SIZE}
              total={query.data.total}
              showSizeChanger={false}
              responsive
              onChange={(page) => setFilters({ page })}
            />
          </nav>
        ) : null}
      </Spin>
    );
  }

  return (
    <div className="qf-list">
      <ServiceFilters
        filters={filters}
        categories={categories}
        onChange={setFilters}
      />
      <div className="qf-list__toolbar">
        <p className="qf-list__total" aria-live="polite">
          {query.data
            ? t('services.total', {
                total: formatNumber(query.data.total, language),
              })
            : null}
        </p>
        {/* Empty and error states carry their own clear button. */}
        {query.isSuccess && query.data.items.length > 0 ? clearButton : null}
      </div>
      {results}
    </div>
  );
}
