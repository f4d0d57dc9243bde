import type { CategoryRef } from '@qifu/contracts';
import { Button, Pagination, Spin } from 'antd';
import { useTranslation } from 'react-i18next';
import { CardGridSkeleton } from '../../../components/ui/card-grid-skeleton';
import { EmptyState } from '../../../components/ui/empty-state';
import { ErrorState } from '../../../components/ui/error-state';
import { useAppLanguage } from '../../../i18n/use-app-language';
import { formatNumber } from '../../../lib/format';
import { useProviders } from '../api/get-providers';
import {
  hasActiveProviderFilters,
  PROVIDER_LIST_PAGE_SIZE,
  toProvidersParams,
} from '../provider-list-params';
import { useProviderListFilters } from '../use-provider-list-filters';
import { ProviderFilters } from './provider-filters';
import { ProviderGrid } from './provider-grid';

export interface ProviderListProps {
  categories: CategoryRef[];
}

export function ProviderList({ categories }: ProviderListProps) {
  const { t } = useTranslation();
  const language = useAppLanguage();
  const { filters, setFilters, clearFilters } = useProviderListFilters();
  const query = useProviders(toProvidersParams(filters), {
    keepPrevious: true,
  });
  const filtered = hasActiveProviderFilters(filters);

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
        title={t('providers.emptyTitle')}
        description={
          filtered ? t('providers.emptyFiltered') : t('providers.emptyAll')
        }
        action={clearButton}
      />
    );
  } else {
    results = (
      <Spin spinning={query.isPlaceholderData} delay={200}>
        <ProviderGrid
          providers={query.data.items}
          label={t('providers.resultsLabel')}
          headingLevel={2}
        />
        {query.data.total > PROVIDER_LIST_PAGE_SIZE ? (
          <nav className="qf-pagination" aria-label={t('pagination.label')}>
            <Pagination
              current={filters.page}
              pageSize={PROVIDER_LIST_PAGE_SIZE}
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
      <ProviderFilters
        filters={filters}
        categories={categories}
        onChange={setFilters}
      />
      <div className="qf-list__toolbar">
        <p className="qf-list__total" aria-live="polite">
          {query.data
            ? t('providers.total', {
                total: formatNumber(query.data.total, language),
              })
            : null}
        </p>
        {query.isSuccess && query.data.items.length > 0 ? clearButton : null}
      </div>
      {results}
    </div>
  );
}
