import type { ReactNode } from 'react';
import type { ProviderDetailDto } from '@qifu/contracts';
import { Breadcrumb, Descriptions } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
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
    <article className="qf-detail">
      <Breadcrumb
        className="qf-breadcrumb"
        aria-label={t('services.detail.breadcrumbLabel')}
        items={[
          {
            key: 'home',
            title: <Link to={paths.home.getHref()}>{t('nav.home')}</Link>,
          },
          {
            key: 'providers',
            title: (
              <Link to={paths.providers.list.getHref()}>
                {t('nav.providers')}
              </Link>
            ),
          },
          { key: 'current', title: provider.shortName || provider.name },
        ]}
      />
      <div className="qf-detail__layout">
        <div className="qf-detail__intro">
          <header className="qf-detail__header">
            <span className="qf-tag qf-tag--kind">
              {t(`providerKind.${provider.kind}`)}
            </span>
            <h1 className="qf-detail__title">{provider.name}</h1>
            {ratingSummary}
            <p className="qf-detail__summary">{provider.summary}</p>
          </header>
          <Descriptions
            className="qf-detail__facts"
            column={{ xs: 1, sm: 2 }}
            size="small"
            items={[
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
          />
        </div>
        <aside
          className="qf-detail__aside"
          aria-label={t('providers.detail.contact')}
        >
          {consult}
          <ProviderContactCard
            provider={provider}
            linkName={false}
            title={t('providers.detail.contact')}
          />
        </aside>
        <div className="qf-detail__body">
          <Section title={t('providers.detail.about')}>
            <p className="qf-prose">
              {provider.description || provider.summary}
            </p>
          </Section>
        </div>
      </div>
      <Section title={t('providers.detail.services')}>{services}</Section>
      {ratings}
    </article>
  );
}
