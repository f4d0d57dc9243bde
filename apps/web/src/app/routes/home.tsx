import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { CardGridSkeleton } from '../../components/ui/card-grid-skeleton';
import { EmptyState } from '../../components/ui/empty-state';
import { QueryContent } from '../../components/ui/query-content';
import { Section } from '../../components/ui/section';
import { paths } from '../../config/paths';
import { useCategories } from '../../features/categories/api/get-categories';
import { CategoryGrid } from '../../features/categories/components/category-grid';
import { useProviders } from '../../features/providers/api/get-providers';
import { ProviderGrid } from '../../features/providers/components/provider-grid';
import { RecommendationSlot } from '../../features/recommendations/components/recommendation-slot';
import { useServices } from '../../features/services/api/get-services';
import { ServiceGrid } from '../../features/services/components/service-grid';
import { ServiceSearchBox } from '../../features/services/components/service-search-box';
import { StageEntryGrid } from '../../features/services/components/stage-entry-grid';
import { useAppLanguage } from '../../i18n/use-app-language';
import { formatNumber } from '../../lib/format';
import { useDocumentTitle } from '../../lib/use-document-title';

const LATEST_COUNT = 6;
const PROVIDERS_ON_HOME = 8;

export function HomeRoute() {
  const { t } = useTranslation();
  const language = useAppLanguage();
  const heroTitleId = useId();
  useDocumentTitle(t('home.documentTitle'), { full: true });

  const categories = useCategories();
  const latest = useServices({
    sort: 'newest',
    page: 1,
    pageSize: LATEST_COUNT,
  });
  const providers = useProviders({ page: 1, pageSize: PROVIDERS_ON_HOME });

  const stat = (value: number | undefined) =>
    value === undefined ? '—' : formatNumber(value, language);

  return (
    <div className="qf-home">
      <section className="qf-hero" aria-labelledby={heroTitleId}>
        <p className="qf-hero__eyebrow">{t('home.eyebrow')}</p>
        <h1 id={heroTitleId} className="qf-hero__title">
          {t('home.heroTitle')}
        </h1>
        <p className="qf-hero__text">{t('home.heroText')}</p>
        <ServiceSearchBox />
        <dl className="qf-hero__stats" aria-label={t('home.statsLabel')}>
          <div>
            <dt>{t('home.statServices')}</dt>
            <dd>{stat(latest.data?.total)}</dd>
          </div>
          <div>
            <dt>{t('home.statProviders')}</dt>
            <dd>{stat(providers.data?.total)}</dd>
          </div>
          <div>
            <dt>{t('home.statCategories')}</dt>
            <dd>{stat(categories.data?.length)}</dd>
          </div>
        </dl>
      </section>

      <Section
        title={t('home.categoriesTitle')}
        extra={
          <Link to={paths.services.list.getHref()}>
            {t('home.categoriesMore')}
          </Link>
        }
      >
        <QueryContent
          query={categories}
          loading={<CardGridSkeleton count={6} columns={6} />}
        >
          {(data) => <CategoryGrid categories={data} />}
        </QueryContent>
      </Section>

      <RecommendationSlot params={{ context: 'home' }} />

      <Section title={t('home.stagesTitle')} description={t('home.stagesText')}>
        <StageEntryGrid />
      </Section>

      <Section
        title={t('home.latestTitle')}
        extra={
          <Link to={paths.services.list.getHref({ sort: 'newest' })}>
            {t('home.latestMore')}
          </Link>
        }
      >
        <QueryContent query={latest}>
          {(page) =>
            page.items.length > 0 ? (
              <ServiceGrid services={page.items} />
            ) : (
              <EmptyState title={t('services.emptyAll')} />
            )
          }
        </QueryContent>
      </Section>

      <Section
        title={t('home.providersTitle')}
        description={t('home.providersText')}
        extra={
          <Link to={paths.providers.list.getHref()}>
            {t('home.providersMore')}
          </Link>
        }
      >
        <QueryContent
          query={providers}
          loading={<CardGridSkeleton count={4} columns={4} />}
        >
          {(page) =>
            page.items.length > 0 ? (
              <ProviderGrid providers={page.items} />
            ) : (
              <EmptyState title={t('providers.emptyAll')} />
            )
          }
        </QueryContent>
      </Section>
    </div>
  );
}
