import { SERVICE_STATUSES } from '@qifu/contracts';
import { App } from 'antd';
import { useTranslation } from 'react-i18next';
import { ButtonLink } from '../../components/ui/button-link';
import { FilterBar } from '../../components/ui/filter-bar';
import { PageHeader } from '../../components/ui/page-header';
import {
  listCodec,
  listParam,
  useUrlListState,
} from '../../components/ui/url-list-state';
import { paths } from '../../config/paths';
import { ListingTable } from '../../features/listings/components/listing-table';
import { useDocumentTitle } from '../../lib/use-document-title';
import { WorkspaceNav } from './workspace-nav';

const listingCodec = listCodec({ status: listParam.oneOf(SERVICE_STATUSES) });
type ListingFilters = ReturnType<typeof listingCodec.parse>;

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
