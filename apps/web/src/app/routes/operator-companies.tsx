import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { PageHeader } from '../../components/ui/page-header';
import {
  CompanyFilters,
  CompanyTable,
} from '../../features/companies/components/company-directory';
import {
  parseCompanyListParams,
  serializeCompanyListParams,
  updateCompanyListFilters,
  type CompanyListFilters,
} from '../../features/companies/company-list-params';
import { useDocumentTitle } from '../../lib/use-document-title';

/** /operator/companies — 企业名录, filters in the address. */
export function OperatorCompaniesRoute() {
  const { t } = useTranslation();
  const [searchParams, setSearchParams] = useSearchParams();
  const filters = parseCompanyListParams(searchParams);
  useDocumentTitle(t('companyDirectory.documentTitle'));

  const change = (next: Partial<CompanyListFilters>) =>
    setSearchParams(
      serializeCompanyListParams(updateCompanyListFilters(filters, next)),
    );
  const clear = () => setSearchParams(new URLSearchParams());

  return (
    <>
      <PageHeader
        title={t('companyDirectory.title')}
        description={t('companyDirectory.text')}
      />
      <CompanyFilters filters={filters} onChange={change} onClear={clear} />
      <div className="qf-panel qf-panel--table">
        <CompanyTable
          filters={filters}
          onPageChange={(page) => change({ page })}
          onClear={clear}
        />
      </div>
    </>
  );
}
