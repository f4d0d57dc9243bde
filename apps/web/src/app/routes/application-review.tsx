import { PROVIDER_STATUSES, type ProviderStatus } from '@qifu/contracts';
import { App } from 'antd';
import { useTranslation } from 'react-i18next';
import { FilterBar } from '../../components/ui/filter-bar';
import { PageHeader } from '../../components/ui/page-header';
import {
  listCodec,
  listParam,
  useUrlListState,
} from '../../components/ui/url-list-state';
import { ApplicationReviewTable } from '../../features/provider-applications/components/application-review-table';
import { useDocumentTitle } from '../../lib/use-document-title';

const ALL = 'all';
const FILTERS = [...PROVIDER_STATUSES, ALL] as const;
type StatusFilter = (typeof FILTERS)[number];

// The queue opens on what needs a decision, so "pending" is the bare address.
const reviewCodec = listCodec({
  status: listParam.oneOf(FILTERS, 'pending' as StatusFilter),
});
type ReviewFilters = ReturnType<typeof reviewCodec.parse>;

export function ApplicationReviewRoute() {
  const { t } = useTranslation();
  const { filters, setFilters, setPage } = useUrlListState(reviewCodec);
  useDocumentTitle(t('review.documentTitle'));

  return (
    <App component={false}>
      <PageHeader title={t('review.title')} description={t('review.text')} />
      <FilterBar<ReviewFilters>
        label={t('filters.label')}
        className="qf-filters--inline"
        values={filters}
        onChange={setFilters}
        fields={[
          {
            kind: 'segmented',
            key: 'status',
            label: t('review.statusFilter'),
            options: FILTERS.map((value) => ({
              value,
              label:
                value === ALL
                  ? t('review.all')
                  : t(`applicationStatus.${value as ProviderStatus}`),
            })),
          },
        ]}
      />
      <div className="qf-panel qf-panel--table">
        <ApplicationReviewTable
          status={filters.status === ALL ? null : filters.status}
          page={filters.page}
          onPageChange={setPage}
        />
      </div>
    </App>
  );
}
