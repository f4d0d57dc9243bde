import type { CategoryRef } from '@qifu/contracts';
import { useTranslation } from 'react-i18next';
import { CatalogueFilterBar } from '../../../components/ui/catalogue-filter-bar';
import type { ProviderListFilters } from '../provider-list-params';

export function ProviderFilters(props: {
  filters: ProviderListFilters;
  categories: CategoryRef[];
  onChange: (change: Partial<ProviderListFilters>) => void;
}) {
  const { t } = useTranslation();
  return (
    <CatalogueFilterBar<ProviderListFilters>
      search={{
        label: t('providers.searchLabel'),
        placeholder: t('providers.searchPlaceholder'),
      }}
      categories={props.categories}
      values={props.filters}
      onChange={props.onChange}
    />
  );
}
