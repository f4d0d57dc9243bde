import type { ServiceSummaryDto } from '@qifu/contracts';
import {
  SearchSelect,
  type SearchSelectProps,
} from '../../../components/ui/search-select';
import { getServicesQueryOptions } from '../api/get-services';

export type ServiceSelectProps = Omit<
  SearchSelectProps<ServiceSummaryDto>,
  'query' | 'toOption'
>;

const toOption = (service: ServiceSummaryDto) => ({
  value: service.id,
  label: `${service.title} · ${service.provider.name}`,
});

/** Published services, searched as the user types. */
export function ServiceSelect(props: ServiceSelectProps) {
  return (
    <SearchSelect
      {...props}
      query={(q) =>
        getServicesQueryOptions({ q: q || undefined, pageSize: 20 })
      }
      toOption={toOption}
    />
  );
}
