import type { SearchQueryStatDto } from '@qifu/contracts';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { EmptyState } from '../../../components/ui/empty-state';
import { PagedTable } from '../../../components/ui/paged-table';
import { paths } from '../../../config/paths';
import {
  SEARCH_ANALYTICS_PAGE_SIZE,
  useSearchAnalytics,
  type SearchAnalyticsParams,
} from '../api/get-search-analytics';

export interface SearchQueryTableProps {
  params: SearchAnalyticsParams;
  onPageChange: (page: number) => void;
}

/** A week's queries with their counts; one without a result links to the dictionary to add a synonym. */
export function SearchQueryTable({
  params,
  onPageChange,
}: SearchQueryTableProps) {
  const { t } = useTranslation();
  const query = useSearchAnalytics(params);
  return (
    <PagedTable<SearchQueryStatDto>
      query={query}
      label={t('searchAnalytics.listLabel')}
      totalText={(total) => t('searchAnalytics.total', { total })}
      empty={<EmptyState title={t('searchAnalytics.empty')} />}
      size="small"
      page={params.page}
      pageSize={SEARCH_ANALYTICS_PAGE_SIZE}
      onPageChange={onPageChange}
      columns={[
        {
          key: 'query',
          title: t('searchAnalytics.query'),
          render: (_, r) => r.query,
        },
        {
          key: 'searches',
          title: t('searchAnalytics.searches'),
          align: 'right',
          render: (_, r) => r.searches,
        },
        {
          key: 'noResult',
          title: t('searchAnalytics.noResult'),
          align: 'right',
          render: (_, r) => r.noResult,
        },
        {
          key: 'typoApplied',
          title: t('searchAnalytics.typoApplied'),
          align: 'right',
          render: (_, r) => r.typoApplied,
        },
        {
          key: 'expanded',
          title: t('searchAnalytics.expanded'),
          align: 'right',
          render: (_, r) => r.expanded,
        },
        {
          key: 'lastTotal',
          title: t('searchAnalytics.lastTotal'),
          align: 'right',
          render: (_, r) => r.lastTotal,
        },
        {
          key: 'actions',
          title: t('searchAnalytics.actions'),
          render: (_, r) =>
            r.noResult > 0 ? (
              <Link
                to={paths.operator.searchSynonyms.getHref({ new: r.query })}
                aria-label={t('searchAnalytics.addSynonymFor', {
                  query: r.query,
                })}
              >
                {t('searchAnalytics.addSynonym')}
              </Link>
            ) : null,
        },
      ]}
    />
  );
}
