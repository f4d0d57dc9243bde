import type { CategoryRef } from '@qifu/contracts';
import { LIFECYCLE_STAGES, SERVICE_SORTS } from '@qifu/contracts';
import { useTranslation } from 'react-i18next';
import { useCategoryFilterField } from '../../../components/ui/category-filter-field';
import { FilterBar } from '../../../components/ui/filter-bar';
import type { ServiceListFilters } from '../service-list-params';

export interface ServiceFiltersProps {
  filters: ServiceListFilters;
  categories: CategoryRef[];
  onChange: (change: Partial<ServiceListFilters>) => void;
}

export function ServiceFilters({
  filters,
  categories,
  onChange,
}: ServiceFiltersProps) {
  const { t } = useTranslation();
  const category = useCategoryFilterField<ServiceListFilters>(categories);
  return (
    <FilterBar<ServiceListFilters>
      label={t('filters.label')}
      values={filters}
      onChange={onChange}
      fields={[
        {
          kind: 'search',
          key: 'q',
          label: t('search.label'),
          placeholder: t('search.placeholder'),
          prominent: true,
        },
        category,
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
