import { PROVIDER_STATUSES, type ProviderStatus } from '@qifu/contracts';
import { App, Segmented } from 'antd';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { PageHeader } from '../../components/ui/page-header';
import { paths } from '../../config/paths';
import { ApplicationReviewTable } from '../../features/provider-applications/components/application-review-table';
import { parseOneOf, parsePage } from '../../lib/search-params';
import { useDocumentTitle } from '../../lib/use-document-title';

const ALL = 'all';
const FILTERS = [...PROVIDER_STATUSES, ALL] as const;
type StatusFilter = (typeof FILTERS)[number];

export function ApplicationReviewRoute() {
  const { t } = useTranslation();
  const [searchParams, setSearchParams] = useSearchParams();
  // The queue opens on what needs a decision.
  const filter: StatusFilter =
    parseOneOf(FILTERS, searchParams.get('status')) ?? 'pending';
  const page = parsePage(searchParams.get('page'));
  useDocumentTitle(t('review.documentTitle'));

  const go = (next: { status?: StatusFilter; page?: number }) => {
    const status = next.status ?? filter;
    const href = paths.operator.applications.getHref({
      status: status === 'pending' ? undefined : status,
      page: next.page && next.page > 1 ? next.page : undefined,
    });
    setSearchParams(new URL(href, window.location.origin).searchParams);
  };

  return (
    <App component={false}>
      <PageHeader title={t('review.title')} description={t('review.text')} />
      <div className="qf-filters qf-filters--inline">
        <span className="qf-filters__label" id="review-status-label">
          {t('review.statusFilter')}
        </span>
        <Segmented<StatusFilter>
          aria-labelledby="review-status-label"
          value={filter}
          onChange={(status) => go({ status, page: 1 })}
          options={FILTERS.map((value) => ({
            value,
            label:
              value === ALL
                ? t('review.all')
                : t(`applicationStatus.${value as ProviderStatus}`),
          }))}
        />
      </div>
      <div className="qf-panel qf-panel--table">
        <ApplicationReviewTable
          status={filter === ALL ? null : filter}
          page={page}
          onPageChange={(next) => go({ page: next })}
        />
      </div>
    </App>
  );
}
