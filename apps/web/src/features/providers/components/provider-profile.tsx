import type { ReactNode } from 'react';
import type { ProviderDetailDto } from '@qifu/contracts';
import { Breadcrumb, Col, Descriptions, Row, Tag, Typography } from 'antd';
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
}

export function ProviderProfile({ provider, services }: ProviderProfileProps) {
  const { t } = useTranslation();
  const localizedName = useLocalizedName();

  return (
    <article className="qf-detail">
      <Breadcrumb
        className="qf-breadcrumb"
        aria-label={t('services.detail.breadcrumbLabel')}
        items={[
          { key: 'home', title: <Link to={paths.home.getHref()}>{t('nav.home')}</Link> },
          {
            key: 'providers',
            title: <Link to={paths.providers.list.getHref()}>{t('nav.providers')}</Link>,
          },
          { key: 'current', title: provider.shortName || provider.name },
        ]}
      />
      <Row gutter={[24, 24]}>
        <Col xs={24} lg={16}>
          <header className="qf-detail__header">
            <Tag color="geekblue" variant="filled">
              {t(`providerKind.${provider.kind}`)}
            </Tag>
            <Typography.Title level={1} className="qf-detail__title">
              {provider.name}
            </Typography.Title>
            <Typography.Paragraph className="qf-detail__summary">{provider.summary}</Typography.Paragraph>
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
                      <Tag key={category.code}>
                        <Link to={paths.services.list.getHref({ category: category.code })}>
                          {localizedName(category)}
                        </Link>
                      </Tag>
                    ))}
                  </span>
                ),
              },
            ]}
          />
          <Section title={t('providers.detail.about')}>
            <Typography.Paragraph className="qf-prose">
              {provider.description || provider.summary}
            </Typography.Paragraph>
          </Section>
        </Col>
        <Col xs={24} lg={8}>
          <aside aria-label={t('providers.detail.contact')}>
            <ProviderContactCard
              provider={provider}
              linkName={false}
              title={t('providers.detail.contact')}
            />
          </aside>
        </Col>
      </Row>
      <Section title={t('providers.detail.services')}>{services}</Section>
    </article>
  );
}
