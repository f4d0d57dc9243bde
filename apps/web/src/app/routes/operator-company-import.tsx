import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../components/ui/page-header';
import { CompanyImport } from '../../features/companies/components/company-import';
import { useDocumentTitle } from '../../lib/use-document-title';

/** /operator/companies/import — 批量导入企业名录. */
export function OperatorCompanyImportRoute() {
  const { t } = useTranslation();
  useDocumentTitle(t('companyRoster.import.title'));
  return (
    <>
      <PageHeader title={t('companyRoster.import.title')} description={t('companyRoster.import.text')} />
      <div className="qf-panel">
        <CompanyImport />
      </div>
    </>
  );
}
