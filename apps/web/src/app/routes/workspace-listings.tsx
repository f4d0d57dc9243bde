import { SERVICE_STATUSES, type ServiceStatus } from '@qifu/contracts';
import { App, Segmented } from 'antd';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { ButtonLink } from '../../components/ui/button-link';
import { PageHeader } from '../../components/ui/page-header';
import { paths } from '../../config/paths';
import { ListingTable } from '../../features/listings/components/listing-table';
import { parseOneOf, parsePage } from '../../lib/search-params';
import { useDocumentTitle } from '../../lib/use-document-title';
import { WorkspaceNav } from './workspace-nav';

/** /workspace/listings?status=&page= — the provider's listings with their figures. */
export function WorkspaceListingsRoute() {
  const { t } = useTranslation();
  const [searchParams, setSearchParams] = useSearchParams();
  const status =
    parseOneOf(SERVICE_STATUSES, searchParams.get('status')) ?? undefined;
  const page = parsePage(searchParams.get('page'));
  useDocumentTitle(t('workspace.listings.documentTitle'));

  const go = (next: { status?: ServiceStatus; page?: number }) => {
    const params: Record<string, string> = {};
    if (next.status) params.status = next.status;
    if (next.page && next.page > 1) params.page = String(next.page);
    setSearchParams(params);
  };
  const newButton = (
    <ButtonLink type="primary" to={paths.workspace.newListing.getHref()}>
      {t('workspace.listings.new')}
    </ButtonLink>
  );

  return (
    <App component={false}>
      <PageHeader
        title={t('workspace.listings.title')}
        description={t('workspace.listings.text')}
        extra={newButton}
      />
      <WorkspaceNav />
      <div className="qf-filters qf-workspace-filters">
        <span className="qf-filters__label" id="listing-status-filter">
          {t('workspace.listings.statusFilter')}
        </span>
        <Segmented<ServiceStatus | 'all'>
          aria-labelledby="listing-status-filter"
          value={status ?? 'all'}
          onChange={(value) =>
            go({ status: value === 'all' ? undefined : value })
          }
          options={[
            { value: 'all', label: t('workspace.listings.all') },
            ...SERVICE_STATUSES.map((s) => ({
              value: s,
              label: t(`listingStatus.${s}`),
            })),
          ]}
        />
      </div>
      <div className="qf-panel qf-panel--table">
        <ListingTable
          status={status}
          page={page}
          onPageChange={(next) => go({ status, page: next })}
          emptyAction={newButton}
        />
      </div>
    </App>
  );
}
