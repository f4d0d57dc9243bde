import { lazy, Suspense } from 'react';
import type { MeDto } from '@qifu/contracts';
import { useTranslation } from 'react-i18next';
import { useLocation, useParams } from 'react-router';
import { Section } from '../../components/ui/section';
import { paths } from '../../config/paths';
import { ProviderContactCard } from '../../features/providers/components/provider-contact-card';
import { RatingList } from '../../features/ratings/components/rating-list';
import { RecommendationSlot } from '../../features/recommendations/components/recommendation-slot';
import { useService } from '../../features/services/api/get-service';
import { ServiceDetail } from '../../features/services/components/service-detail';
import { useMe } from '../../lib/auth';
import { withOperatorPage } from '../operator-page';
import { DetailPage } from './detail-page';

// Only operators see (and download) the moderation strip.
const ListingModerationBar = lazy(
  withOperatorPage(() =>
    import('../../features/moderation/components/listing-moderation-bar').then(
      (m) => ({ default: m.ListingModerationBar }),
    ),
  ),
);

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
  const me = useMe().data;
  const apply = useApply(id, me);

  return (
    <DetailPage
      query={query}
      name={(service) => service.title}
      notFound={{
        title: t('services.detail.notFoundTitle'),
        description: t('services.detail.notFoundText'),
        backHref: paths.services.list.getHref(),
        backLabel: t('services.detail.backToList'),
      }}
    >
      {(service) => (
        <>
          {me?.organisation.kind === 'operator' ? (
            <Suspense fallback={null}>
              <ListingModerationBar
                listing={{ id: service.id, title: service.title }}
              />
            </Suspense>
          ) : null}
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
          <RecommendationSlot
            params={{ context: 'service', serviceId: service.id }}
          />
        </>
      )}
    </DetailPage>
  );
}
