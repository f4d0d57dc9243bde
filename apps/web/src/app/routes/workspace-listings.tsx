import { SERVICE_STATUSES, type ServiceStatus } from '@qifu/contracts';
import { App } from 'antd';
import { useTranslation } from 'react-i18next';
import { ButtonLink } from '../../components/ui/button-link';
import { FilterBar } from '../../components/ui/filter-bar';
import { PageHeader } from '../../components/ui/page-header';
import { useUrlListState } from '../../components/ui/url-list-state';
import { paths } from '../../config/paths';
import { ListingTable } from '../../features/listings/components/listing-table';
import { parseOneOf, parsePage } from '../../lib/search-params';
import { useDocumentTitle } from '../../lib/use-document-title';
import { WorkspaceNav } from './workspace-nav';

interface ListingFilters {
  status: ServiceStatus | null;
  page: number;
}

const listingCodec = {
  parse: (params: URLSearchParams): ListingFilters => ({
    status: parseOneOf(SERVICE_STATUSES, params.get('status')),
    page: parsePage(params.get('page')),
  }),
  serialize: ({ status, page }: ListingFilters) => {
    const params = new URLSearchParams();
    if (status) params.set('status', status);
    if (page > 1) params.set('page', String(page));
    return params;
  },
};

/** /workspace/listings?status=&page= — the provider's listings with their figures. */
export function WorkspaceListingsRoute() {
  const { t } = useTranslation();
  const { filters, setFilters, setPage } = useUrlListState(listingCodec);
  useDocumentTitle(t('workspace.listings.documentTitle'));

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
      <FilterBar<ListingFilters>
        label={t('filters.label')}
        className="qf-workspace-filters"
        values={filters}
        onChange={setFilters}
        fields={[
          {
            kind: 'segmented',
            key: 'status',
            label: t('workspace.listings.statusFilter'),
            allLabel: t('workspace.listings.all'),
            options: SERVICE_STATUSES.map((s) => ({
              value: s,
              label: t(`listingStatus.${s}`),
            })),
          },
        ]}
      />
      <div className="qf-panel qf-panel--table">
        <ListingTable
          status={filters.status ?? undefined}
          page={filters.page}
          onPageChange={setPage}
          emptyAction={newButton}
        />
      </div>
    </App>
  );
}
