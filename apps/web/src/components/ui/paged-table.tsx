import type { Key, ReactNode } from 'react';
import { Table, type TableProps } from 'antd';
import { useAppLanguage } from '../../i18n/use-app-language';
import { formatNumber } from '../../lib/format';
import { ErrorState } from './error-state';
import { useTableScrollFocus } from './use-table-scroll-focus';

// One server-paginated table for every console list: the error state with retry, the total
// ("共 N 条") announced politely, loading over the previous page, the empty state, and antd
// pagination driven by the page (and size) the list keeps in its URL.

/** The part of a TanStack query a list reads; a page of rows and their total. */
export interface PagedQuery<T> {
  data?: { items: T[]; total: number; totalCapped?: boolean };
  error: unknown;
  isError: boolean;
  isPending: boolean;
  isPlaceholderData?: boolean;
  refetch: () => unknown;
}

export interface PagedTableProps<T>
  extends Omit<
    TableProps<T>,
    'dataSource' | 'loading' | 'pagination' | 'locale' | 'aria-label' | 'rowKey'
  > {
  query: PagedQuery<T>;
  /** The table's accessible name. */
  label: string;
  /**
   * The total line, given the formatted number: t('members.total', { total }); `capped` when the
   * number is a lower bound (the API stopped counting).
   */
  totalText: (total: string, capped: boolean) => ReactNode;
  /** How many rows the pager offers, when not the total (a capped total with more pages). */
  pagerTotal?: number;
  /** Shown when the page has no rows (not while the first page loads). */
  empty: ReactNode;
  /** Left out for a client-paginated list (all rows in one answer). */
  page?: number;
  pageSize: number;
  onPageChange?: (page: number, pageSize: number) => void;
  /** Offer a page-size switch with these sizes. */
  pageSizeOptions?: readonly number[];
  rowKey?: keyof T & string;
}

export function PagedTable<T extends object>({
  query,
  label,
  totalText,
  empty,
  page,
  pageSize,
  onPageChange,
  pageSizeOptions,
  pagerTotal,
  rowKey = 'id' as keyof T & string,
  size = 'middle',
  ...table
}: PagedTableProps<T>) {
  const language = useAppLanguage();
  const tableRef = useTableScrollFocus(label);

  if (query.isError)
    return (
      <ErrorState error={query.error} onRetry={() => void query.refetch()} />
    );

  return (
    <>
      {query.data ? (
        <p className="qf-list__total" aria-live="polite">
          {totalText(
            formatNumber(query.data.total, language),
            Boolean(query.data.totalCapped),
          )}
        </p>
      ) : null}
      <Table<T>
        ref={tableRef}
        aria-label={label}
        rowKey={(row) => row[rowKey] as Key}
        size={size}
        scroll={{ x: 'max-content' }}
        loading={query.isPending || Boolean(query.isPlaceholderData)}
        dataSource={query.data?.items ?? []}
        locale={{ emptyText: query.isPending ? ' ' : empty }}
        pagination={{
          ...(page === undefined
            ? {}
            : { current: page, total: pagerTotal ?? query.data?.total ?? 0 }),
          pageSize,
          showSizeChanger: Boolean(pageSizeOptions),
          pageSizeOptions: pageSizeOptions?.map(String),
          hideOnSinglePage: !pageSizeOptions,
          onChange: onPageChange,
        }}
        {...table}
      />
    </>
  );
}
