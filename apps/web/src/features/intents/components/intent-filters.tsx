import { useId, type ReactNode } from 'react';
import {
  INTENT_STATUSES,
  type IntentParty,
  type IntentStatus,
} from '@qifu/contracts';
import { Button, Checkbox, Input, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { MAX_KEYWORD_LENGTH } from '../../../lib/search-params';
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
  extra?: ReactNode;
}

export function IntentFilters({
  party,
  filters,
  onChange,
  onClear,
  extra,
}: IntentFiltersProps) {
  const { t } = useTranslation();
  const statusId = useId();
  const searchId = useId();

  return (
    <form
      role="search"
      aria-label={t('intents.list.filtersLabel')}
      className="qf-filters"
      onSubmit={(event) => event.preventDefault()}
    >
      <div className="qf-filters__row">
        <div className="qf-filters__field">
          <label className="qf-filters__label" htmlFor={searchId}>
            {t('intents.list.search')}
          </label>
          <Input.Search
            // Remount on a new URL keyword (Back/Forward) so the box shows it.
            key={filters.q}
            id={searchId}
            defaultValue={filters.q}
            maxLength={MAX_KEYWORD_LENGTH}
            allowClear
            enterButton={t('search.button')}
            placeholder={t('intents.list.searchPlaceholder')}
            onSearch={(value) => onChange({ q: value.trim() })}
          />
        </div>
        <div className="qf-filters__field">
          <span className="qf-filters__label" id={statusId}>
            {t('intents.list.status')}
          </span>
          <Select<IntentStatus | ''>
            className="qf-filters__select"
            aria-labelledby={statusId}
            value={filters.status ?? ''}
            onChange={(status) => onChange({ status: status || null })}
            options={[
              { value: '', label: t('intents.list.allStatuses') },
              ...INTENT_STATUSES.map((status) => ({
                value: status,
                label: t(`intentStatus.${status}`),
              })),
            ]}
          />
        </div>
        {extra}
      </div>
      <div className="qf-filters__row qf-filters__row--end">
        {party === 'company' ? null : (
          <Checkbox
            checked={filters.overdue}
            onChange={(event) => onChange({ overdue: event.target.checked })}
          >
            {t('intents.list.overdueOnly')}
          </Checkbox>
        )}
        {hasActiveIntentFilters(filters) ? (
          <Button type="link" onClick={onClear}>
            {t('filters.clear')}
          </Button>
        ) : null}
      </div>
    </form>
  );
}
