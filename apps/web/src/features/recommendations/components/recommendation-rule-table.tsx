import type {
  RecommendationClause,
  RecommendationRuleDto,
} from '@qifu/contracts';
import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../../components/ui/empty-state';
import { PagedTable } from '../../../components/ui/paged-table';
import {
  useAppLanguage,
  useLocalizedName,
} from '../../../i18n/use-app-language';
import {
  RULES_PAGE_SIZE,
  useRecommendationRules,
  type RecommendationRulesParams,
} from '../api/get-recommendation-rules';

/** A clause in words: stages and tiers translated, categories by code (the API names only the rule's own). */
function useClauseText() {
  const { t } = useTranslation();
  return (c: RecommendationClause) => {
    switch (c.type) {
      case 'stage_in':
        return t('recommendationRules.clause.stage_in', {
          values: c.stages.map((s) => t(`stage.${s}`)).join(' / '),
        });
      case 'has_tier':
      case 'lacks_tier':
        return t(`recommendationRules.clause.${c.type}`, {
          value: t(`companyTier.${c.tier}`),
        });
      case 'industry_in':
        return t('recommendationRules.clause.industry_in', {
          values: c.industries.join(' / '),
        });
      case 'has_intent_in':
      case 'no_intent_in':
        return t(`recommendationRules.clause.${c.type}`, { value: c.category });
    }
  };
}

export interface RecommendationRuleTableProps {
  params: RecommendationRulesParams;
  onPageChange: (page: number) => void;
}

/** The recommendation rules, heaviest first: condition, what they recommend, weight and reason. */
export function RecommendationRuleTable({
  params,
  onPageChange,
}: RecommendationRuleTableProps) {
  const { t } = useTranslation();
  const language = useAppLanguage();
  const localizedName = useLocalizedName();
  const clauseText = useClauseText();
  const query = useRecommendationRules(params);
  return (
    <PagedTable<RecommendationRuleDto>
      query={query}
      label={t('recommendationRules.listLabel')}
      totalText={(total) => t('recommendationRules.total', { total })}
      empty={
        <EmptyState
          title={
            params.categoryCode
              ? t('recommendationRules.emptyFiltered')
              : t('recommendationRules.empty')
          }
        />
      }
      size="small"
      page={params.page}
      pageSize={RULES_PAGE_SIZE}
      onPageChange={onPageChange}
      columns={[
        {
          key: 'code',
          title: t('recommendationRules.code'),
          render: (_, r) => <code>{r.code}</code>,
        },
        {
          key: 'condition',
          title: t('recommendationRules.condition'),
          render: (_, r) =>
            r.condition.all
              .map(clauseText)
              .join(` ${t('recommendationRules.and')} `),
        },
        {
          key: 'target',
          title: t('recommendationRules.target'),
          render: (_, r) => (
            <>
              <Tag>{localizedName(r.category)}</Tag>
              {r.service ? r.service.title : null}
            </>
          ),
        },
        {
          key: 'weight',
          title: t('recommendationRules.weight'),
          render: (_, r) => r.weight,
        },
        {
          key: 'reason',
          title: t('recommendationRules.reason'),
          render: (_, r) => (language === 'en-US' ? r.reasonEn : r.reasonZh),
        },
        {
          key: 'active',
          title: t('recommendationRules.status'),
          render: (_, r) =>
            r.active
              ? t('recommendationRules.active')
              : t('recommendationRules.inactive'),
        },
      ]}
    />
  );
}
