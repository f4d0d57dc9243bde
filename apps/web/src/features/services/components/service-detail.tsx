import type { ReactNode } from 'react';
import type { ServiceDetailDto } from '@qifu/contracts';
import { StarFilled } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { Checklist } from '../../../components/ui/checklist';
import { ApplyCard, DetailLayout } from '../../../components/ui/detail-layout';
import { LazyMarkdown } from '../../../components/ui/lazy-markdown';
import { PriceTag } from '../../../components/ui/price-tag';
import { Section } from '../../../components/ui/section';
import { StageTags } from '../../../components/ui/stage-tags';
import { paths } from '../../../config/paths';
import { useLocalizedName } from '../../../i18n/use-app-language';
import { formatDate, formatRating } from '../../../lib/format';
import { ServiceGrid } from './service-grid';

export interface ServiceDetailProps {
  service: ServiceDetailDto;
  /** Where "申请服务" leads (sign-in keeps the way back); null: this account cannot apply. */
  applyHref: string | null;
  /** The button's words when not "申请服务" (e.g. the operator applying for a company). */
  applyLabel?: string;
  /** The line under the button; the default says sign-in or phone. */
  applyHint?: string;
  /** The provider's card, composed by the route from the providers feature. */
  providerCard: ReactNode;
  /** The public ratings, composed by the route from the ratings feature. */
  ratings?: ReactNode;
}

export function ServiceDetail({
  service,
  applyHref,
  applyLabel,
  applyHint,
  providerCard,
  ratings,
}: ServiceDetailProps) {
  const { t } = useTranslation();
  const localizedName = useLocalizedName();
  const categoryName = localizedName(service.category);
  const rated = service.ratingAvg !== null && service.ratingCount > 0;

  return (
    <DetailLayout
      crumbs={[
        { href: paths.services.list.getHref(), label: t('nav.services') },
        {
          href: paths.services.list.getHref({
            category: service.category.code,
          }),
          label: categoryName,
        },
      ]}
      current={service.title}
      tag={<span className="qf-tag qf-tag--category">{categoryName}</span>}
      title={service.title}
      meta={
        <p className="qf-detail__rating" data-testid="service-rating">
          {rated ? (
            <>
              <StarFilled className="qf-star" aria-hidden />{' '}
              {t('services.ratingSummary', {
                rating: formatRating(service.ratingAvg),
                count: service.ratingCount,
              })}
            </>
          ) : (
            <span className="qf-muted">{t('services.noRating')}</span>
          )}
        </p>
      }
      summary={service.summary}
      facts={[
        {
          key: 'category',
          label: t('services.detail.category'),
          children: categoryName,
        },
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
          children: formatDate(service.publishedAt) || '—',
        },
      ]}
      aside={{
        label: t('services.detail.asideLabel'),
        children: (
          <>
            <ApplyCard
              href={applyHref}
              label={applyLabel ?? t('services.detail.apply')}
              hint={applyHint ?? t('services.detail.applyHint')}
            >
              <span className="qf-muted">{t('services.detail.price')}</span>
              <PriceTag price={service.price} size="large" />
            </ApplyCard>
            {providerCard}
          </>
        ),
      }}
      body={
        <>
          <Section title={t('services.detail.description')}>
            {/* The provider's Markdown, rendered safely (no HTML, safe links, no foreign images). */}
            <LazyMarkdown>{service.description}</LazyMarkdown>
          </Section>

          <Section title={t('services.detail.deliverables')}>
            <Checklist
              items={service.deliverables}
              empty={t('services.detail.noDeliverables')}
            />
          </Section>
          {ratings}
        </>
      }
    >
      {service.related.length > 0 ? (
        <Section title={t('services.detail.related')}>
          <ServiceGrid services={service.related} headingLevel={3} />
        </Section>
      ) : null}
    </DetailLayout>
  );
}
