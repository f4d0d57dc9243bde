import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../components/ui/page-header';
import { useCategories } from '../../features/categories/api/get-categories';
import { ProviderList } from '../../features/providers/components/provider-list';
import { useDocumentTitle } from '../../lib/use-document-title';

export function ProvidersRoute() {
  const { t } = useTranslation();
  useDocumentTitle(t('providers.listTitle'));
  const categories = useCategories();
  return (
    <>
      <PageHeader
        title={t('providers.listTitle')}
        description={t('providers.listText')}
      />
      <ProviderList categories={categories.data ?? []} />
    </>
  );
}
