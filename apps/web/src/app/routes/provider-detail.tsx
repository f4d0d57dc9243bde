import type { MeDto } from '@qifu/contracts';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { ApplyCard } from '../../components/ui/detail-layout';
import { EmptyState } from '../../components/ui/empty-state';
import { Section } from '../../components/ui/section';
import { paths } from '../../config/paths';
import { useProvider } from '../../features/providers/api/get-provider';
import { ProviderProfile } from '../../features/providers/components/provider-profile';
import { useRatingStats } from '../../features/ratings/api/get-rating-stats';
import { RatingList } from '../../features/ratings/components/rating-list';
import { RatingSummary } from '../../features/ratings/components/rating-summary';
import { ServiceGrid } from '../../features/services/components/service-grid';
import { useMe } from '../../lib/auth';
import { DetailPage } from './detail-page';

/** 咨询该机构: companies ask directly; visitors sign in first; other accounts do not ask. */
function ConsultCard({
  providerId,
  me,
}: {
  providerId: string;
  me: MeDto | null | undefined;
}) {
  const { t } = useTranslation();
  const requestHref = paths.intents.requestProvider.getHref(providerId);
  const kind = me?.organisation.kind;
  if (kind && kind !== 'company') return null;
  return (
    <ApplyCard
      href={kind ? requestHref : paths.auth.login.getHref(requestHref)}
      label={t('intents.request.consult')}
      hint={t('intents.request.consultHint')}
    />
  );
}

export function ProviderDetailRoute() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const query = useProvider(id);
  const me = useMe().data;
  const stats = useRatingStats({ kind: 'provider', id });

  return (
    <DetailPage
      query={query}
      name={(provider) => provider.name}
      notFound={{
        title: t('providers.detail.notFoundTitle'),
        description: t('providers.detail.notFoundText'),
        backHref: paths.providers.list.getHref(),
        backLabel: t('providers.detail.backToList'),
      }}
    >
      {(provider) => (
        <ProviderProfile
          provider={provider}
          ratingSummary={
            stats.data ? (
              <RatingSummary
                average={stats.data.average}
                count={stats.data.count}
              />
            ) : null
          }
          consult={<ConsultCard providerId={provider.id} me={me} />}
          ratings={
            <Section title={t('ratings.title')}>
              <RatingList subject={{ kind: 'provider', id: provider.id }} />
            </Section>
          }
          services={
            provider.services.length > 0 ? (
              <ServiceGrid services={provider.services} />
            ) : (
              <EmptyState title={t('providers.detail.noServices')} />
            )
          }
        />
      )}
    </DetailPage>
  );
}
