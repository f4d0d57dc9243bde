import { useTranslation } from 'react-i18next';
import { FilterBar } from '../../components/ui/filter-bar';
import { PageHeader } from '../../components/ui/page-header';
import {
  listCodec,
  listParam,
  useUrlListState,
} from '../../components/ui/url-list-state';
import { ModerationNav } from '../../features/moderation/components/moderation-nav';
import { ModerationTable } from '../../features/moderation/components/moderation-table';
import { useServices } from '../../features/services/api/get-services';
import { useDocumentTitle } from '../../lib/use-document-title';

const PAGE_SIZE = 20;

const listedCodec = listCodec({ q: listParam.keyword() });
type ListedFilters = ReturnType<typeof listedCodec.parse>;

/** /operator/listings — the published catalogue with the unlist action. */
export function OperatorListingsRoute() {
  const { t } = useTranslation();
  const { filters, setFilters, setPage } = useUrlListState(listedCodec);
  const { q, page } = filters;
  const query = useServices({
    q: q || undefined,
    sort: q ? 'relevance' : 'newest',
    page,
    pageSize: PAGE_SIZE,
  });
  useDocumentTitle(t('moderation.page.documentTitle'));

  return (
    <>
      <PageHeader
        title={t('moderation.page.title')}
        description={t('moderation.page.text')}
      />
      <ModerationNav />
      <FilterBar<ListedFilters>
        label={t('moderation.page.search')}
        className="qf-filters--inline"
        values={filters}
        onChange={setFilters}
        fields={[
          {
            kind: 'search',
            key: 'q',
            label: t('moderation.page.search'),
            placeholder: t('moderation.page.searchPlaceholder'),
          },
        ]}
      />
      <div className="qf-panel qf-panel--table">
        <ModerationTable
          query={query}
          page={page}
          pageSize={PAGE_SIZE}
          onPageChange={setPage}
        />
      </div>
    </>
  );
}
