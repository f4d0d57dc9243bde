import type { MeDto } from '@qifu/contracts';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { ButtonLink } from '../../components/ui/button-link';
import { EmptyState } from '../../components/ui/empty-state';
import { ErrorState } from '../../components/ui/error-state';
import { NotFoundState } from '../../components/ui/not-found-state';
import { Section } from '../../components/ui/section';
import { paths } from '../../config/paths';
import { useProvider } from '../../features/providers/api/get-provider';
import { ProviderProfile } from '../../features/providers/components/provider-profile';
import { useRatingStats } from '../../features/ratings/api/get-rating-stats';
import { RatingList } from '../../features/ratings/components/rating-list';
import { RatingSummary } from '../../features/ratings/components/rating-summary';
import { ServiceGrid } from '../../features/services/components/service-grid';
import { isNotFoundError } from '../../lib/api-client';
import { useMe } from '../../lib/auth';
import { useDocumentTitle } from '../../lib/use-document-title';
import { DetailSkeleton } from './detail-skeleton';

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
    <div className="qf-card qf-apply-card">
      <ButtonLink
        type="primary"
        size="large"
        block
        to={kind ? requestHref : paths.auth.login.getHref(requestHref)}
      >
        {t('intents.request.consult')}
      </ButtonLink>
      <p className="qf-apply-card__hint">{t('intents.request.consultHint')}</p>
    </div>
  );
}

export function ProviderDetailRoute() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const query = useProvider(id);
  const me = useMe().data;
  const stats = useRatingStats({ kind: 'provider', id });
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
  );
}
