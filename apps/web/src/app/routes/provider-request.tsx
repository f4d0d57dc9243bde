import type { ProviderDetailDto } from '@qifu/contracts';
import { useTranslation } from 'react-i18next';
import { useParams, useSearchParams } from 'react-router';
import { EmptyState } from '../../components/ui/empty-state';
import { paths } from '../../config/paths';
import { IntentRequestForm } from '../../features/intents/components/intent-request-form';
import { useOpenCreatedIntent } from '../../features/intents/use-open-created-intent';
import { useProvider } from '../../features/providers/api/get-provider';
import { useMe } from '../../lib/auth';
import { parseCategoryCode } from '../../lib/search-params';
import { useDocumentTitle } from '../../lib/use-document-title';
import { RequestPage } from './request-page';

/** The category asked about: the one in the link if the provider serves it, else its only one. */
function preselectedCategory(
  provider: ProviderDetailDto,
  category: string | null,
): string | undefined {
  if (provider.categories.some((c) => c.code === category))
    return category ?? undefined;
  return provider.categories.length === 1
    ? provider.categories[0].code
    : undefined;
}

/** /providers/:id/request — a company asks a provider about one of its categories. */
export function ProviderRequestRoute() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const [searchParams] = useSearchParams();
  const me = useMe().data;
  const query = useProvider(id);
  const openCreated = useOpenCreatedIntent();
  useDocumentTitle(t('intents.request.consultDocumentTitle'));
  const category = parseCategoryCode(searchParams.get('category'));

  return (
    <RequestPage
      query={query}
      notFound={{
        title: t('providers.detail.notFoundTitle'),
        description: t('providers.detail.notFoundText'),
        backHref: paths.providers.list.getHref(),
        backLabel: t('providers.detail.backToList'),
      }}
      crumbs={(provider) => [
        { href: paths.providers.list.getHref(), label: t('nav.providers') },
        {
          href: paths.providers.detail.getHref(provider.id),
          label: provider.shortName || provider.name,
        },
      ]}
      current={t('intents.request.consult')}
      title={(provider) =>
        t('intents.request.consultTitle', { provider: provider.name })
      }
      description={t('intents.request.consultText')}
    >
      {(provider) =>
        provider.categories.length === 0 ? (
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
              categoryCode: preselectedCategory(provider, category),
            }}
            onCreated={openCreated}
          />
        )
      }
    </RequestPage>
  );
}
