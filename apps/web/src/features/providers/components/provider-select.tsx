import type { ProviderSummaryDto } from '@qifu/contracts';
import {
  SearchSelect,
  type SearchSelectProps,
} from '../../../components/ui/search-select';
import { getProvidersQueryOptions } from '../api/get-providers';

export type ProviderSelectProps = Omit<
  SearchSelectProps<ProviderSummaryDto>,
  'query' | 'toOption'
>;

const toOption = (provider: ProviderSummaryDto) => ({
  value: provider.id,
  label: provider.name,
});

/** The catalogue's providers, searched as the user types. */
export function ProviderSelect(props: ProviderSelectProps) {
  return (
    <SearchSelect
      {...props}
      query={(q) =>
        getProvidersQueryOptions({ q: q || undefined, pageSize: 20 })
      }
      toOption={toOption}
    />
  );
}
