import { Breadcrumb } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import { EmptyState } from '../../components/ui/empty-state';
import { ErrorState } from '../../components/ui/error-state';
import { NotFoundState } from '../../components/ui/not-found-state';
import { PageHeader } from '../../components/ui/page-header';
import { paths } from '../../config/paths';
import { IntentRequestForm } from '../../features/intents/components/intent-request-form';
import { useOpenCreatedIntent } from '../../features/intents/use-open-created-intent';
import { useProvider } from '../../features/providers/api/get-provider';
import { isNotFoundError } from '../../lib/api-client';
import { useMe } from '../../lib/auth';
import { parseCategoryCode } from '../../lib/search-params';
import { useDocumentTitle } from '../../lib/use-document-title';
import { DetailSkeleton } from './detail-skeleton';

/** /providers/:id/request — a company asks a provider about one of its categories. */
export function ProviderRequestRoute() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const [searchParams] = useSearchParams();
  const me = useMe().data;
  const query = useProvider(id);
  const openCreated = useOpenCreatedIntent();
  useDocumentTitle(t('intents.request.consultDocumentTitle'));

  if (query.isPending) return <DetailSkeleton />;
  if (query.isError) {
    return isNotFoundError(query.error) ? (
      <NotFoundState
        title={t('providers.detail.notFoundTitle')}
        description={t('providers.detail.notFoundText')}
        backHref={paths.providers.list.getHref()}
        backLabel={t('providers.detail.backToList')}
      />
    ) : (
      <ErrorState error={query.error} onRetry={() => void query.refetch()} />
    );
  }

  const provider = query.data;
  const category = parseCategoryCode(searchParams.get('category'));
  const preselected = provider.categories.some((c) => c.code === category)
    ? (category ?? undefined)
    : provider.categories.length === 1
      ? provider.categories[0].code
      : undefined;

  return (
    <div className="qf-narrow">
      <Breadcrumb
        className="qf-breadcrumb"
        aria-label={t('services.detail.breadcrumbLabel')}
        items={[
          {
            key: 'providers',
            title: (
              <Link to={paths.providers.list.getHref()}>
                {t('nav.providers')}
              </Link>
            ),
          },
          {
            key: 'provider',
            title: (
              <Link to={paths.providers.detail.getHref(provider.id)}>
                {provider.shortName || provider.name}
              </Link>
            ),
          },
          { key: 'current', title: t('intents.request.consult') },
        ]}
      />
      <PageHeader
        title={t('intents.request.consultTitle', { provider: provider.name })}
        description={t('intents.request.consultText')}
      />
      <div className="qf-panel">
        {provider.categories.length === 0 ? (
          <EmptyState title={t('intents.request.noCategories')} />
        ) : (
          <IntentRequestForm
            target={{
              kind: 'provider',
              providerId: provider.id,
              categories: provider.categories,
            }}
            initialValues={{
              contactName: me?.user.displayName,
              categoryCode: preselected,
            }}
            onCreated={openCreated}
          />
        )}
      </div>
    </div>
  );
}
