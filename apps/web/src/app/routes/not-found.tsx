import { useTranslation } from 'react-i18next';
import { NotFoundState } from '../../components/ui/not-found-state';
import { paths } from '../../config/paths';
import { useDocumentTitle } from '../../lib/use-document-title';

export function NotFoundRoute() {
  const { t } = useTranslation();
  useDocumentTitle(t('notFound.documentTitle'));
  return (
    <NotFoundState
      title={t('notFound.title')}
      description={t('notFound.text')}
      backHref={paths.home.getHref()}
      backLabel={t('notFound.home')}
    />
  );
}
