import { App } from 'antd';
import { useTranslation } from 'react-i18next';
import {
  listCodec,
  listParam,
  useUrlListState,
} from '../../components/ui/url-list-state';
import { MODERATED_KEYWORD_LENGTH } from '../../features/moderation/api/get-moderated-listings';
import { ModeratedListingTable } from '../../features/moderation/components/moderated-listing-table';
import { ModerationPage } from '../../features/moderation/components/moderation-page';
import { useDocumentTitle } from '../../lib/use-document-title';

const moderatedCodec = listCodec({
  q: listParam.keyword(MODERATED_KEYWORD_LENGTH),
});

/** /operator/listings/moderated — what the operator unlisted, to restore from. */
export function OperatorModeratedListingsRoute() {
  const { t } = useTranslation();
  const { filters, setFilters, setPage } = useUrlListState(moderatedCodec);
  useDocumentTitle(t('moderation.moderated.documentTitle'));

  return (
    <App component={false}>
      <ModerationPage
        title={t('moderation.moderated.title')}
        text={t('moderation.moderated.text')}
        search={{
          label: t('moderation.moderated.search'),
          placeholder: t('moderation.moderated.searchPlaceholder'),
          maxLength: MODERATED_KEYWORD_LENGTH,
        }}
        q={filters.q}
        onSearch={(q) => setFilters({ q })}
      >
        <ModeratedListingTable
          params={{ q: filters.q || undefined, page: filters.page }}
          onPageChange={setPage}
        />
      </ModerationPage>
    </App>
  );
}
