import { useTranslation } from 'react-i18next';
import { useLocation, useParams } from 'react-router';
import { ErrorState } from '../../components/ui/error-state';
import { NotFoundState } from '../../components/ui/not-found-state';
import { paths } from '../../config/paths';
import { ProviderContactCard } from '../../features/providers/components/provider-contact-card';
import { useService } from '../../features/services/api/get-service';
import { ServiceDetail } from '../../features/services/components/service-detail';
import { isNotFoundError } from '../../lib/api-client';
import { useDocumentTitle } from '../../lib/use-document-title';
import { DetailSkeleton } from './detail-skeleton';

export function ServiceDetailRoute() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const location = useLocation();
  const query = useService(id);
  const notFound = query.isError && isNotFoundError(query.error);

  useDocumentTitle(
    query.data?.title ??
      (notFound
        ? t('services.detail.notFoundTitle')
        : query.isError
          ? t('errors.title')
          : null),
  );

  if (query.isPending) return <DetailSkeleton />;
  if (notFound) {
    return (
      <NotFoundState
        title={t('services.detail.notFoundTitle')}
        description={t('services.detail.notFoundText')}
        backHref={paths.services.list.getHref()}
        backLabel={t('services.detail.backToList')}
      />
    );
  }
  if (query.isError) {
    return (
      <ErrorState error={query.error} onRetry={() => void query.refetch()} />
    );
  }

  const service = query.data;
  return (
    <ServiceDetail
      service={service}
      applyHref={paths.auth.login.getHref(
        `${location.pathname}${location.search}`,
      )}
      providerCard={
        <ProviderContactCard
          provider={service.provider}
          nameTestId="service-provider-name"
        />
      }
    />
  );
}
