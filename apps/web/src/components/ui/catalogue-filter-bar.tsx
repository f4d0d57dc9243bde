import type { CategoryRef } from '@qifu/contracts';
import { useTranslation } from 'react-i18next';
import { useLocalizedName } from '../../i18n/use-app-language';
import type { ReactNode } from 'react';
import { FilterBar, type FilterField, type SearchBoxProps } from './filter-bar';

interface CatalogueFilters {
  q: string;
  category: string | null;
}

export interface CatalogueFilterBarProps<F extends CatalogueFilters> {
  search: {
    label: string;
    placeholder: string;
    render?: (box: SearchBoxProps) => ReactNode;
  };
  /** Offered in the category filter; the route loads them. */
  categories: CategoryRef[];
  values: F;
  onChange: (change: Partial<F>) => void;
  /** After the keyword and the category (the services' order and stage). */
  more?: FilterField<F>[];
}

/** The storefront lists' filters (services, providers): a big keyword box, then the category. */
export function CatalogueFilterBar<F extends CatalogueFilters>({
  search,
  categories,
  values,
  onChange,
  more = [],
}: CatalogueFilterBarProps<F>) {
  const { t } = useTranslation();
  const localizedName = useLocalizedName();
  return (
    <FilterBar<F>
      label={t('filters.label')}
      values={values}
      onChange={onChange}
      fields={[
        { kind: 'search', key: 'q', prominent: true, ...search },
        {
          kind: 'select',
          key: 'category',
          label: t('filters.category'),
          allLabel: t('filters.allCategories'),
          searchable: true,
          options: categories.map((category) => ({
            value: category.code,
            label: localizedName(category),
          })),
        },
        ...more,
      ]}
    />
  );
}
