import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../components/ui/page-header';
import { useCategories } from '../../features/categories/api/get-categories';
import { ServiceList } from '../../features/services/components/service-list';
import { useDocumentTitle } from '../../lib/use-document-title';

export function ServicesRoute() {
  const { t } = useTranslation();
  useDocumentTitle(t('services.listTitle'));
  const categories = useCategories();
  return (
    <>
      <PageHeader
        title={t('services.listTitle')}
        description={t('services.listText')}
      />
      <ServiceList categories={categories.data ?? []} />
    </>
  );
}
