import type { ReactNode } from 'react';
import { Button, Pagination, Spin } from 'antd';
import { useTranslation } from 'react-i18next';
import { useAppLanguage } from '../../i18n/use-app-language';
import { formatNumber } from '../../lib/format';
import { CardGridSkeleton } from './card-grid-skeleton';
import { EmptyState } from './empty-state';
import { ErrorState } from './error-state';
import type { PagedQuery } from './paged-table';

// The storefront's paged card lists (services, providers): the total with a clear button, a
// skeleton on first load, the error with retry, a page past the end, the empty state, and the
// pager. PagedTable is its console twin.

export interface PagedListProps<T> {
  query: PagedQuery<T>;
  page: number;
  pageSize: number;
  onPageChange: (page: number) => void;
  /** The total line; `capped` when the total is a lower bound (a short search past its cap). */
  totalText: (total: string, capped: boolean) => ReactNode;
  emptyTitle: ReactNode;
  emptyText: ReactNode;
  /** Given when a filter is active: a clear button beside the total and in empty states. */
  onClear?: () => void;
  /** The filter bar, above the total. */
  filters: ReactNode;
  children: (items: T[]) => ReactNode;
}

export function PagedList<T>({
  query,
  page,
  pageSize,
  onPageChange,
  totalText,
  emptyTitle,
  emptyText,
  onClear,
  filters,
  children,
}: PagedListProps<T>) {
  const { t } = useTranslation();
  const language = useAppLanguage();
  const clearButton = onClear ? (
    <Button onClick={onClear}>{t('filters.clear')}</Button>
  ) : null;

  let results: ReactNode;
  if (query.isError) {
    results = (
      <>
        <ErrorState error={query.error} onRetry={() => void query.refetch()} />
        {clearButton ? <div className="qf-center">{clearButton}</div> : null}
      </>
    );
  } else if (!query.data) {
    results = <CardGridSkeleton count={6} />;
  } else if (query.data.items.length === 0 && query.data.total > 0) {
    results = (
      <EmptyState
        title={t('common.pageOutOfRange')}
        description={t('common.pageOutOfRangeText')}
        action={
          <Button onClick={() => onPageChange(1)}>
            {t('common.backToFirstPage')}
          </Button>
        }
      />
    );
  } else if (query.data.items.length === 0) {
    results = (
      <EmptyState
        title={emptyTitle}
        description={emptyText}
        action={clearButton}
      />
    );
  } else {
    results = (
      <Spin spinning={Boolean(query.isPlaceholderData)} delay={200}>
        {children(query.data.items)}
        {query.data.total > pageSize ? (
          <nav className="qf-pagination" aria-label={t('pagination.label')}>
            <Pagination
              current={page}
              pageSize={pageSize}
              total={query.data.total}
              showSizeChanger={false}
              responsive
              onChange={onPageChange}
            />
          </nav>
        ) : null}
      </Spin>
    );
  }

  const hasRows = !query.isError && (query.data?.items.length ?? 0) > 0;
  return (
    <div className="qf-list">
      {filters}
      <div className="qf-list__toolbar">
        <p className="qf-list__total" aria-live="polite">
          {query.data
            ? totalText(
                formatNumber(query.data.total, language),
                Boolean(query.data.totalCapped),
              )
            : null}
        </p>
        {/* Empty and error states carry their own clear button. */}
        {hasRows ? clearButton : null}
      </div>
      {results}
    </div>
  );
}
