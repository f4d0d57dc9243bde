import type { CompanyDto } from '@qifu/contracts';
import {
  SearchSelect,
  type SearchSelectProps,
} from '../../../components/ui/search-select';
import { getCompaniesQueryOptions } from '../api/get-companies';

export type CompanySelectProps = Omit<
  SearchSelectProps<CompanyDto>,
  'query' | 'toOption'
>;

const toOption = (company: CompanyDto) => ({
  value: company.id,
  label: company.name,
});

/** The park's companies (operator only), searched by name as the user types. */
export function CompanySelect(props: CompanySelectProps) {
  return (
    <SearchSelect
      {...props}
      query={(q) =>
        getCompaniesQueryOptions({ q: q || undefined, pageSize: 20 })
      }
      toOption={toOption}
    />
  );
}
