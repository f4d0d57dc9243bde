import { useId } from 'react';
import type { CategoryRef } from '@qifu/contracts';
import { Input, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { useLocalizedName } from '../../../i18n/use-app-language';
import type { ProviderListFilters } from '../provider-list-params';

const ALL = 'all';

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
  const localizedName = useLocalizedName();
  const categoryId = useId();

  return (
    <section className="qf-filters" aria-label={t('filters.label')}>
      <Input.Search
        key={filters.q}
        defaultValue={filters.q}
        aria-label={t('providers.searchLabel')}
        placeholder={t('providers.searchPlaceholder')}
        enterButton={t('search.button')}
        allowClear
        size="large"
        maxLength={100}
        onSearch={(value) => onChange({ q: value.trim() })}
      />
      <div className="qf-filters__row">
        <div className="qf-filters__field">
          <label htmlFor={categoryId} className="qf-filters__label">
            {t('filters.category')}
          </label>
          <Select
            id={categoryId}
            className="qf-filters__select"
            value={filters.category ?? ALL}
            showSearch={{ optionFilterProp: 'label' }}
            options={[
              { value: ALL, label: t('filters.allCategories') },
              ...categories.map((category) => ({
                value: category.code,
                label: localizedName(category),
              })),
            ]}
            onChange={(value: string) =>
              onChange({ category: value === ALL ? null : value })
            }
          />
        </div>
      </div>
    </section>
  );
}
