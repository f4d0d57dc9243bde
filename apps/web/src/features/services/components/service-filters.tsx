import { useId } from 'react';
import type { CategoryRef } from '@qifu/contracts';
import { LIFECYCLE_STAGES, SERVICE_SORTS } from '@qifu/contracts';
import { Input, Segmented, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { useLocalizedName } from '../../../i18n/use-app-language';
import type { ServiceListFilters } from '../service-list-params';

const ALL = 'all';

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
  const localizedName = useLocalizedName();
  const categoryId = useId();
  const sortId = useId();
  const stageLabelId = useId();

  return (
    <section className="qf-filters" aria-label={t('filters.label')}>
      <Input.Search
        // Remount when the URL changes (e.g. Back) so the box shows the current keyword.
        key={filters.q}
        defaultValue={filters.q}
        aria-label={t('search.label')}
        placeholder={t('search.placeholder')}
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
        <div className="qf-filters__field">
          <label htmlFor={sortId} className="qf-filters__label">
            {t('filters.sort')}
          </label>
          <Select
            id={sortId}
            className="qf-filters__select"
            value={filters.sort}
            options={SERVICE_SORTS.map((sort) => ({
              value: sort,
              label: t(`sort.${sort}`),
            }))}
            onChange={(value) => onChange({ sort: value })}
          />
        </div>
      </div>
      <div className="qf-filters__field qf-filters__field--stage">
        <span id={stageLabelId} className="qf-filters__label">
          {t('filters.stage')}
        </span>
        <div className="qf-scroll-x">
          <Segmented
            aria-labelledby={stageLabelId}
            aria-label={undefined}
            value={filters.stage ?? ALL}
            options={[
              { value: ALL, label: t('filters.allStages') },
              ...LIFECYCLE_STAGES.map((stage) => ({
                value: stage,
                label: t(`stage.${stage}`),
              })),
            ]}
            onChange={(value) =>
              onChange({
                stage:
                  value === ALL
                    ? null
                    : (LIFECYCLE_STAGES.find((stage) => stage === value) ??
                      null),
              })
            }
          />
        </div>
      </div>
    </section>
  );
}
