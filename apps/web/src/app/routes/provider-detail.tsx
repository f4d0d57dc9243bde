import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { EmptyState } from '../../components/ui/empty-state';
import { ErrorState } from '../../components/ui/error-state';
import { NotFoundState } from '../../components/ui/not-found-state';
import { paths } from '../../config/paths';
import { useProvider } from '../../features/providers/api/get-provider';
import { ProviderProfile } from '../../features/providers/components/provider-profile';
import { ServiceGrid } from '../../features/services/components/service-grid';
import { isNotFoundError } from '../../lib/api-client';
import { useDocumentTitle } from '../../lib/use-document-title';
import { DetailSkeleton } from './detail-skeleton';

export function ProviderDetailRoute() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const query = useProvider(id);
  const notFound = query.isError && isNotFoundError(query.error);

  useDocumentTitle(
    query.data?.name ??
      (notFound
        ? t('providers.detail.notFoundTitle')
        : query.isError
          ? t('errors.title')
          : null),
  );

  if (query.isPending) return <DetailSkeleton />;
  if (notFound) {
    return (
      <NotFoundState
        title={t('providers.detail.notFoundTitle')}
        description={t('providers.detail.notFoundText')}
        backHref={paths.providers.list.getHref()}
        backLabel={t('providers.detail.backToList')}
      />
    );
  }
  if (query.isError) {
    return (
      <ErrorState error={query.error} onRetry={() => void query.refetch()} />
    );
  }

  const provider = query.data;
  return (
    <ProviderProfile
      provider={provider}
      services={
        provider.services.length > 0 ? (
          <ServiceGrid services={provider.services} />
        ) : (
          <EmptyState title={t('providers.detail.noServices')} />
        )
      }
    />
  );
}
