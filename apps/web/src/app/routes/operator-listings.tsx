import { useTranslation } from 'react-i18next';
import {
  listCodec,
  listParam,
  useUrlListState,
} from '../../components/ui/url-list-state';
import { ModerationPage } from '../../features/moderation/components/moderation-page';
import { ModerationTable } from '../../features/moderation/components/moderation-table';
import { useServices } from '../../features/services/api/get-services';
import { useDocumentTitle } from '../../lib/use-document-title';

const PAGE_SIZE = 20;

const listedCodec = listCodec({ q: listParam.keyword() });

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
    <ModerationPage
      title={t('moderation.page.title')}
      text={t('moderation.page.text')}
      search={{
        label: t('moderation.page.search'),
        placeholder: t('moderation.page.searchPlaceholder'),
      }}
      q={q}
      onSearch={(next) => setFilters({ q: next })}
    >
      <ModerationTable
        query={query}
        page={page}
        pageSize={PAGE_SIZE}
        onPageChange={setPage}
      />
    </ModerationPage>
  );
}
