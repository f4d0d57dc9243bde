import { INTENT_STATUSES, type IntentParty } from '@qifu/contracts';
import { useTranslation } from 'react-i18next';
import { FilterBar, type FilterField } from '../../../components/ui/filter-bar';
import {
  hasActiveIntentFilters,
  type IntentListFilters,
} from '../intent-list-params';

export interface IntentFiltersProps {
  party: IntentParty;
  filters: IntentListFilters;
  onChange: (change: Partial<IntentListFilters>) => void;
  onClear: () => void;
  /** More filters composed by the page (the operator's company and provider pickers). */
  extraFields?: FilterField<IntentListFilters>[];
}

export function IntentFilters({
  party,
  filters,
  onChange,
  onClear,
  extraFields = [],
}: IntentFiltersProps) {
  const { t } = useTranslation();
  const fields: FilterField<IntentListFilters>[] = [
    {
      kind: 'search',
      key: 'q',
      label: t('intents.list.search'),
      placeholder: t('intents.list.searchPlaceholder'),
    },
    {
      kind: 'select',
      key: 'status',
      label: t('intents.list.status'),
      allLabel: t('intents.list.allStatuses'),
      options: INTENT_STATUSES.map((status) => ({
        value: status,
        label: t(`intentStatus.${status}`),
      })),
    },
    ...extraFields,
    // Overdue is the provider's deadline (and the operator's watch), not the company's.
    ...(party === 'company'
      ? []
      : [
          {
            kind: 'checkbox',
            key: 'overdue',
            label: t('intents.list.overdueOnly'),
          } as const,
        ]),
  ];
  return (
    <FilterBar<IntentListFilters>
      label={t('intents.list.filtersLabel')}
      fields={fields}
      values={filters}
      onChange={onChange}
      onClear={hasActiveIntentFilters(filters) ? onClear : undefined}
    />
  );
}
