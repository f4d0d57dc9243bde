import { App } from 'antd';
import { useTranslation } from 'react-i18next';
import { FilterBar } from '../../components/ui/filter-bar';
import { PageHeader } from '../../components/ui/page-header';
import { useUrlListState } from '../../components/ui/url-list-state';
import { MODERATED_KEYWORD_LENGTH } from '../../features/moderation/api/get-moderated-listings';
import { ModeratedListingTable } from '../../features/moderation/components/moderated-listing-table';
import { ModerationNav } from '../../features/moderation/components/moderation-nav';
import { parseKeyword, parsePage } from '../../lib/search-params';
import { useDocumentTitle } from '../../lib/use-document-title';

interface ModeratedFilters {
  q: string;
  page: number;
}

const moderatedCodec = {
  parse: (params: URLSearchParams): ModeratedFilters => ({
    q: parseKeyword(params.get('q')).slice(0, MODERATED_KEYWORD_LENGTH),
    page: parsePage(params.get('page')),
  }),
  serialize: ({ q, page }: ModeratedFilters) => {
    const params = new URLSearchParams();
    if (q) params.set('q', q);
    if (page > 1) params.set('page', String(page));
    return params;
  },
};

/** /operator/listings/moderated — what the operator unlisted, to restore from. */
export function OperatorModeratedListingsRoute() {
  const { t } = useTranslation();
  const { filters, setFilters, setPage } = useUrlListState(moderatedCodec);
  useDocumentTitle(t('moderation.moderated.documentTitle'));

  return (
    <App component={false}>
      <PageHeader
        title={t('moderation.moderated.title')}
        description={t('moderation.moderated.text')}
      />
      <ModerationNav />
      <FilterBar<ModeratedFilters>
        label={t('moderation.moderated.search')}
        className="qf-filters--inline"
        values={filters}
        onChange={setFilters}
        fields={[
          {
            kind: 'search',
            key: 'q',
            label: t('moderation.moderated.search'),
            placeholder: t('moderation.moderated.searchPlaceholder'),
            maxLength: MODERATED_KEYWORD_LENGTH,
          },
        ]}
      />
      <div className="qf-panel qf-panel--table">
        <ModeratedListingTable
          params={{ q: filters.q || undefined, page: filters.page }}
          onPageChange={setPage}
        />
      </div>
    </App>
  );
}
