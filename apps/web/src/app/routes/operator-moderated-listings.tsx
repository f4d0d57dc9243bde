import { App } from 'antd';
import { useTranslation } from 'react-i18next';
import { FilterBar } from '../../components/ui/filter-bar';
import { PageHeader } from '../../components/ui/page-header';
import {
  listCodec,
  listParam,
  useUrlListState,
} from '../../components/ui/url-list-state';
import { MODERATED_KEYWORD_LENGTH } from '../../features/moderation/api/get-moderated-listings';
import { ModeratedListingTable } from '../../features/moderation/components/moderated-listing-table';
import { ModerationNav } from '../../features/moderation/components/moderation-nav';
import { useDocumentTitle } from '../../lib/use-document-title';

const moderatedCodec = listCodec({
  q: listParam.keyword(MODERATED_KEYWORD_LENGTH),
});
type ModeratedFilters = ReturnType<typeof moderatedCodec.parse>;

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
