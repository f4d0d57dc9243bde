import type { ReactNode } from 'react';
import type { ServiceDetailDto } from '@qifu/contracts';
import { CheckCircleOutlined, StarFilled } from '@ant-design/icons';
import { Breadcrumb, Card, Col, Descriptions, Row, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ButtonLink } from '../../../components/ui/button-link';
import { PriceTag } from '../../../components/ui/price-tag';
import { Section } from '../../../components/ui/section';
import { StageTags } from '../../../components/ui/stage-tags';
import { paths } from '../../../config/paths';
import { useLocalizedName } from '../../../i18n/use-app-language';
import { formatDate, formatRating } from '../../../lib/format';
import { ServiceGrid } from './service-grid';

export interface ServiceDetailProps {
  service: ServiceDetailDto;
  /** Where "申请服务" leads; sign-in keeps the way back. */
  applyHref: string;
  /** The provider's card, composed by the route from the providers feature. */
  providerCard: ReactNode;
}

export function ServiceDetail({ service, applyHref, providerCard }: ServiceDetailProps) {
  const { t } = useTranslation();
  const localizedName = useLocalizedName();
  const categoryName = localizedName(service.category);

  return (
    <article className="qf-detail">
      <Breadcrumb
        className="qf-breadcrumb"
        aria-label={t('services.detail.breadcrumbLabel')}
        items={[
          { key: 'home', title: <Link to={paths.home.getHref()}>{t('nav.home')}</Link> },
          {
            key: 'services',
            title: <Link to={paths.services.list.getHref()}>{t('nav.services')}</Link>,
          },
          {
            key: 'category',
            title: (
              <Link to={paths.services.list.getHref({ category: service.category.code })}>
                {categoryName}
              </Link>
            ),
          },
          { key: 'current', title: service.title },
        ]}
      />

      <Row gutter={[24, 24]}>
        <Col xs={24} lg={16}>
          <header className="qf-detail__header">
            <Tag color="cyan" variant="filled">
              {categoryName}
            </Tag>
            <Typography.Title level={1} className="qf-detail__title">
              {service.title}
            </Typography.Title>
            <Typography.Paragraph className="qf-detail__summary">{service.summary}</Typography.Paragraph>
          </header>

          <Descriptions
            className="qf-detail__facts"
            column={{ xs: 1, sm: 2 }}
            size="small"
            items={[
              {
                key: 'stages',
                label: t('services.detail.stages'),
                children: <StageTags stages={service.stages} />,
              },
              {
                key: 'duration',
                label: t('services.detail.duration'),
                children: service.duration || '—',
              },
              {
                key: 'published',
                label: t('services.detail.publishedAt'),
                children: formatDate(service.publishedAt),
              },
              {
                key: 'rating',
                label: t('services.detail.rating'),
                children:
                  service.ratingAvg !== null && service.ratingCount > 0 ? (
                    <span>
                      <StarFilled className="qf-star" aria-hidden />{' '}
                      {t('services.rating', { rating: formatRating(service.ratingAvg) })}
                      <span className="qf-muted">
                        （{t('services.ratingCount', { count: service.ratingCount })}）
                      </span>
                    </span>
                  ) : (
                    t('services.noRating')
                  ),
              },
            ]}
          />

          <Section title={t('services.detail.description')}>
            {/* Plain text from the catalogue: React escapes it; pre-line keeps its line breaks. */}
            <Typography.Paragraph className="qf-prose">{service.description}</Typography.Paragraph>
          </Section>

          <Section title={t('services.detail.deliverables')}>
            {service.deliverables.length > 0 ? (
              <ul className="qf-checklist">
                {service.deliverables.map((item, index) => (
                  <li key={`${index}-${item}`}>
                    <CheckCircleOutlined className="qf-checklist__icon" aria-hidden />
                    <span>{item}</span>
                  </li>
                ))}
              </ul>
            ) : (
              <Typography.Paragraph type="secondary">
                {t('services.detail.noDeliverables')}
              </Typography.Paragraph>
            )}
          </Section>
        </Col>

        <Col xs={24} lg={8}>
          <aside className="qf-detail__aside" aria-label={t('services.detail.price')}>
            <Card className="qf-apply-card">
              <div className="qf-muted">{t('services.detail.price')}</div>
              <PriceTag price={service.price} size="large" />
              <ButtonLink type="primary" size="large" block to={applyHref} className="qf-apply-card__button">
                {t('services.detail.apply')}
              </ButtonLink>
              <Typography.Paragraph type="secondary" className="qf-apply-card__hint">
                {t('services.detail.applyHint')}
              </Typography.Paragraph>
            </Card>
            {providerCard}
          </aside>
        </Col>
      </Row>

      {service.related.length > 0 ? (
        <Section title={t('services.detail.related')}>
          <ServiceGrid services={service.related} headingLevel={3} />
        </Section>
      ) : null}
    </article>
  );
}
