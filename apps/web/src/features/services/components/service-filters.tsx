import type { CategoryRef } from '@qifu/contracts';
import { LIFECYCLE_STAGES, SERVICE_SORTS } from '@qifu/contracts';
import { useTranslation } from 'react-i18next';
import { CatalogueFilterBar } from '../../../components/ui/catalogue-filter-bar';
import type { ServiceListFilters } from '../service-list-params';
import { ServiceSearchSuggest } from './service-search-suggest';

export function ServiceFilters(props: {
  filters: ServiceListFilters;
  categories: CategoryRef[];
  onChange: (change: Partial<ServiceListFilters>) => void;
}) {
  const { t } = useTranslation();
  return (
    <CatalogueFilterBar<ServiceListFilters>
      search={{
        label: t('search.label'),
        placeholder: t('search.placeholder'),
        render: (box) => <ServiceSearchSuggest {...box} />,
      }}
      categories={props.categories}
      values={props.filters}
      onChange={props.onChange}
      more={[
        {
          kind: 'select',
          key: 'sort',
          label: t('filters.sort'),
          options: SERVICE_SORTS.map((sort) => ({
            value: sort,
            label: t(`sort.${sort}`),
          })),
        },
        {
          kind: 'segmented',
          key: 'stage',
          label: t('filters.stage'),
          allLabel: t('filters.allStages'),
          options: LIFECYCLE_STAGES.map((stage) => ({
            value: stage,
            label: t(`stage.${stage}`),
          })),
        },
      ]}
    />
  );
}
