import type { SynonymGroupDto } from '@qifu/contracts';
import { App, Button } from 'antd';
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { FilterBar } from '../../components/ui/filter-bar';
import { PageHeader } from '../../components/ui/page-header';
import {
  listCodec,
  listParam,
  useUrlListState,
} from '../../components/ui/url-list-state';
import { SynonymFormModal } from '../../features/search-synonyms/components/synonym-form-modal';
import { SynonymTable } from '../../features/search-synonyms/components/synonym-table';
import { useDocumentTitle } from '../../lib/use-document-title';

// A word of a group: listSynonymsQuerySchema allows 30 characters.
const synonymsCodec = listCodec({ q: listParam.keyword(30) });

/** /operator/search-synonyms — the search dictionary: words that mean the same to park companies. */
export function OperatorSearchSynonymsRoute() {
  const { t } = useTranslation();
  const { filters, setFilters, setPage } = useUrlListState(synonymsCodec);
  // ?new=word (the search analytics' "add a synonym"): the form opens with the word in it.
  const [searchParams] = useSearchParams();
  const [initialTerms] = useState(() => {
    const word = searchParams.get('new')?.trim().slice(0, 30);
    return word ? `${word} = ` : '';
  });
  // undefined: closed; null: a new group.
  const [editing, setEditing] = useState<SynonymGroupDto | null | undefined>(
    initialTerms ? null : undefined,
  );
  useDocumentTitle(t('synonyms.documentTitle'));

  return (
    <App component={false}>
      <PageHeader
        title={t('synonyms.title')}
        description={t('synonyms.text')}
        extra={
          <Button type="primary" onClick={() => setEditing(null)}>
            {t('synonyms.create')}
          </Button>
        }
      />
      <FilterBar<{ q: string }>
        label={t('synonyms.filterLabel')}
        className="qf-filters--inline"
        values={{ q: filters.q }}
        onChange={(change) => setFilters({ q: change.q ?? '' })}
        fields={[
          {
            kind: 'search',
            key: 'q',
            label: t('synonyms.search'),
            placeholder: t('synonyms.searchPlaceholder'),
            maxLength: 30,
          },
        ]}
      />
      <div className="qf-panel qf-panel--table">
        <SynonymTable
          params={{ q: filters.q || undefined, page: filters.page }}
          onPageChange={setPage}
          onEdit={(group) => setEditing(group)}
        />
      </div>
      <SynonymFormModal
        group={editing ?? null}
        initialTerms={editing === null ? initialTerms : ''}
        open={editing !== undefined}
        onClose={() => setEditing(undefined)}
      />
    </App>
  );
}
