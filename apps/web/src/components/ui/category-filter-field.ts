import type { CategoryRef } from '@qifu/contracts';
import { useTranslation } from 'react-i18next';
import { useLocalizedName } from '../../i18n/use-app-language';
import type { FilterField } from './filter-bar';

/** The catalogue's category filter (services and providers), searchable by name. */
export function useCategoryFilterField<F extends { category: string | null }>(
  categories: CategoryRef[],
): FilterField<F> {
  const { t } = useTranslation();
  const localizedName = useLocalizedName();
  return {
    kind: 'select',
    key: 'category' as keyof F & string,
    label: t('filters.category'),
    allLabel: t('filters.allCategories'),
    searchable: true,
    options: categories.map((category) => ({
      value: category.code,
      label: localizedName(category),
    })),
  };
}
