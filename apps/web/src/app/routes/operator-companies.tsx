import { useTranslation } from 'react-i18next';
import { ButtonLink } from '../../components/ui/button-link';
import { paths } from '../../config/paths';
import { TierPyramid } from '../../features/companies/components/tier-pyramid';
import { PageHeader } from '../../components/ui/page-header';
import { useUrlListState } from '../../components/ui/url-list-state';
import {
  CompanyFilters,
  CompanyTable,
} from '../../features/companies/components/company-directory';
import { companyListCodec } from '../../features/companies/company-list-params';
import { useDocumentTitle } from '../../lib/use-document-title';

/** /operator/companies — 企业名录, filters in the address. */
export function OperatorCompaniesRoute() {
  const { t } = useTranslation();
  const { filters, setFilters, setPage, clearFilters } =
    useUrlListState(companyListCodec);
  useDocumentTitle(t('companyDirectory.documentTitle'));

  return (
    <>
      <PageHeader
        title={t('companyDirectory.title')}
        description={t('companyDirectory.text')}
        extra={
          <ButtonLink to={paths.operator.companyImport.getHref()}>
            {t('companyRoster.import.title')}
          </ButtonLink>
        }
      />
      <CompanyFilters
        filters={filters}
        onChange={setFilters}
        onClear={clearFilters}
      />
      <div className="qf-panel qf-panel--table">
        <CompanyTable
          filters={filters}
          onPageChange={setPage}
          onClear={clearFilters}
        />
      </div>
      <div className="qf-panel">
        <TierPyramid />
      </div>
    </>
  );
}
