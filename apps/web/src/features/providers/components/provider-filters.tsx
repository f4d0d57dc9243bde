import type { CategoryRef } from '@qifu/contracts';
import { useTranslation } from 'react-i18next';
import { useCategoryFilterField } from '../../../components/ui/category-filter-field';
import { FilterBar } from '../../../components/ui/filter-bar';
import type { ProviderListFilters } from '../provider-list-params';

export interface ProviderFiltersProps {
  filters: ProviderListFilters;
  categories: CategoryRef[];
  onChange: (change: Partial<ProviderListFilters>) => void;
}

export function ProviderFilters({
  filters,
  categories,
  onChange,
}: ProviderFiltersProps) {
  const { t } = useTranslation();
  const category = useCategoryFilterField<ProviderListFilters>(categories);
  return (
    <FilterBar<ProviderListFilters>
      label={t('filters.label')}
      values={filters}
      onChange={onChange}
      fields={[
        {
          kind: 'search',
          key: 'q',
          label: t('providers.searchLabel'),
          placeholder: t('providers.searchPlaceholder'),
          prominent: true,
        },
        category,
      ]}
    />
  );
}
