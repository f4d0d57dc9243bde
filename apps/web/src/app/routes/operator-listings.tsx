import { useId } from 'react';
import { Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { PageHeader } from '../../components/ui/page-header';
import { ModerationTable } from '../../features/moderation/components/moderation-table';
import { useServices } from '../../features/services/api/get-services';
import {
  MAX_KEYWORD_LENGTH,
  parseKeyword,
  parsePage,
} from '../../lib/search-params';
import { useDocumentTitle } from '../../lib/use-document-title';

const PAGE_SIZE = 20;

/** /operator/listings — the published catalogue with the unlist action (the API has no operator list). */
export function OperatorListingsRoute() {
  const { t } = useTranslation();
  const searchId = useId();
  const [searchParams, setSearchParams] = useSearchParams();
  const q = parseKeyword(searchParams.get('q'));
  const page = parsePage(searchParams.get('page'));
  const query = useServices({
    q: q || undefined,
    sort: q ? 'relevance' : 'newest',
    page,
    pageSize: PAGE_SIZE,
  });
  useDocumentTitle(t('moderation.page.documentTitle'));

  const go = (next: { q?: string; page?: number }) => {
    const search = new URLSearchParams();
    const keyword = next.q ?? q;
    if (keyword) search.set('q', keyword);
    if (next.page && next.page > 1) search.set('page', String(next.page));
    setSearchParams(search);
  };

  return (
    <>
      <PageHeader
        title={t('moderation.page.title')}
        description={t('moderation.page.text')}
      />
      <form
        role="search"
        aria-label={t('moderation.page.search')}
        className="qf-filters qf-filters--inline"
        onSubmit={(event) => event.preventDefault()}
      >
        <label className="qf-filters__label" htmlFor={searchId}>
          {t('moderation.page.search')}
        </label>
        <Input.Search
          key={q}
          id={searchId}
          defaultValue={q}
          maxLength={MAX_KEYWORD_LENGTH}
          allowClear
          className="qf-moderation-search"
          enterButton={t('search.button')}
          placeholder={t('moderation.page.searchPlaceholder')}
          onSearch={(value) => go({ q: value.trim(), page: 1 })}
        />
      </form>
      <div className="qf-panel qf-panel--table">
        <ModerationTable
          query={query}
          page={page}
          pageSize={PAGE_SIZE}
          onPageChange={(next) => go({ page: next })}
        />
      </div>
    </>
  );
}
