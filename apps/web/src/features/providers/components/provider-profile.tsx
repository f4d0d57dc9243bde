import type { ReactNode } from 'react';
import type { ProviderDetailDto } from '@qifu/contracts';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { DetailLayout } from '../../../components/ui/detail-layout';
import { Section } from '../../../components/ui/section';
import { paths } from '../../../config/paths';
import { useLocalizedName } from '../../../i18n/use-app-language';
import { formatDate } from '../../../lib/format';
import { ProviderContactCard } from './provider-contact-card';

export interface ProviderProfileProps {
  provider: ProviderDetailDto;
  /** The provider's services, rendered by the route with the services feature. */
  services: ReactNode;
  /** Average and count of its ratings, shown under the name. */
  ratingSummary?: ReactNode;
  /** The way to ask this provider directly (咨询该机构), above its contact card. */
  consult?: ReactNode;
  /** Its public ratings. */
  ratings?: ReactNode;
}

export function ProviderProfile({
  provider,
  services,
  ratingSummary,
  consult,
  ratings,
}: ProviderProfileProps) {
  const { t } = useTranslation();
  const localizedName = useLocalizedName();

  return (
    <DetailLayout
      crumbs={[
        { href: paths.providers.list.getHref(), label: t('nav.providers') },
      ]}
      current={provider.shortName || provider.name}
      tag={
        <span className="qf-tag qf-tag--kind">
          {t(`providerKind.${provider.kind}`)}
        </span>
      }
      title={provider.name}
      meta={ratingSummary}
      summary={provider.summary}
      facts={[
        {
          key: 'kind',
          label: t('providers.detail.kind'),
          children: t(`providerKind.${provider.kind}`),
        },
        {
          key: 'joined',
          label: t('providers.detail.joinedAt'),
          children: formatDate(provider.joinedAt) || '—',
        },
        {
          key: 'categories',
          label: t('providers.detail.categories'),
          span: 'filled',
          children: (
            <span className="qf-tags">
              {provider.categories.map((category) => (
                <Link
                  key={category.code}
                  className="qf-tag qf-tag--link"
                  to={paths.services.list.getHref({
                    category: category.code,
                  })}
                >
                  {localizedName(category)}
                </Link>
              ))}
            </span>
          ),
        },
      ]}
      aside={{
        label: t('providers.detail.contact'),
        children: (
          <>
            {consult}
            <ProviderContactCard
              provider={provider}
              linkName={false}
              title={t('providers.detail.contact')}
            />
          </>
        ),
      }}
      body={
        <Section title={t('providers.detail.about')}>
          <p className="qf-prose">{provider.description || provider.summary}</p>
        </Section>
      }
    >
      <Section title={t('providers.detail.services')}>{services}</Section>
      {ratings}
    </DetailLayout>
  );
}
