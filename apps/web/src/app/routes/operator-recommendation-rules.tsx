import { useTranslation } from 'react-i18next';
import { FilterBar } from '../../components/ui/filter-bar';
import { PageHeader } from '../../components/ui/page-header';
import {
  listCodec,
  listParam,
  useUrlListState,
} from '../../components/ui/url-list-state';
import { useCategories } from '../../features/categories/api/get-categories';
import { RecommendationRuleTable } from '../../features/recommendations/components/recommendation-rule-table';
import { useLocalizedName } from '../../i18n/use-app-language';
import { useDocumentTitle } from '../../lib/use-document-title';

const rulesCodec = listCodec({ category: listParam.keyword(40) });

/** /operator/recommendation-rules — the rules that recommend services to companies (read-only). */
export function OperatorRecommendationRulesRoute() {
  const { t } = useTranslation();
  const localizedName = useLocalizedName();
  const { filters, setFilters, setPage } = useUrlListState(rulesCodec);
  const categories = useCategories().data ?? [];
  useDocumentTitle(t('recommendationRules.documentTitle'));
  return (
    <>
      <PageHeader
        title={t('recommendationRules.title')}
        description={t('recommendationRules.text')}
      />
      <FilterBar<{ category: string }>
        label={t('recommendationRules.filterLabel')}
        className="qf-filters--inline"
        values={{ category: filters.category }}
        onChange={(change) => setFilters({ category: change.category ?? '' })}
        fields={[
          {
            kind: 'select',
            key: 'category',
            label: t('recommendationRules.category'),
            allLabel: t('recommendationRules.allCategories'),
            options: categories.map((c) => ({
              value: c.code,
              label: localizedName(c),
            })),
          },
        ]}
      />
      <div className="qf-panel qf-panel--table">
        <RecommendationRuleTable
          params={{
            categoryCode: filters.category || undefined,
            page: filters.page,
          }}
          onPageChange={setPage}
        />
      </div>
    </>
  );
}
