import type { MeDto } from '@qifu/contracts';
import { useTranslation } from 'react-i18next';
import { useLocation, useParams } from 'react-router';
import { ErrorState } from '../../components/ui/error-state';
import { NotFoundState } from '../../components/ui/not-found-state';
import { Section } from '../../components/ui/section';
import { paths } from '../../config/paths';
import { ProviderContactCard } from '../../features/providers/components/provider-contact-card';
import { RatingList } from '../../features/ratings/components/rating-list';
import { useService } from '../../features/services/api/get-service';
import { ServiceDetail } from '../../features/services/components/service-detail';
import { isNotFoundError } from '../../lib/api-client';
import { useMe } from '../../lib/auth';
import { useDocumentTitle } from '../../lib/use-document-title';
import { DetailSkeleton } from './detail-skeleton';

/** 申请服务 by who is signed in: companies apply, the operator applies for one, providers cannot. */
function useApply(serviceId: string, me: MeDto | null | undefined) {
  const { t } = useTranslation();
  const location = useLocation();
  const kind = me?.organisation.kind;
  if (kind === 'company')
    return { href: paths.intents.requestService.getHref(serviceId) };
  if (kind === 'operator')
    return {
      href: paths.intents.createForCompany.getHref({ service: serviceId }),
      label: t('intents.request.operatorApply'),
      hint: t('intents.request.operatorHint'),
    };
  if (kind === 'provider')
    return { href: null, hint: t('intents.request.providerHint') };
  return {
    href: paths.auth.login.getHref(`${location.pathname}${location.search}`),
  };
}

export function ServiceDetailRoute() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const query = useService(id);
  const apply = useApply(id, useMe().data);
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
      applyHref={apply.href}
      applyLabel={apply.label}
      applyHint={apply.hint}
      ratings={
        <Section title={t('ratings.title')}>
          <RatingList subject={{ kind: 'service', id: service.id }} />
        </Section>
      }
      providerCard={
        <ProviderContactCard
          provider={service.provider}
          nameTestId="service-provider-name"
        />
      }
    />
  );
}
